using System.Globalization;
using System.Text;
using Portal.Core.Localization;

namespace Portal.UnitTests.Localization;

public sealed class TranslationCatalogTests
{
    private static readonly TranslationCatalog Catalog = new([typeof(Portal.Web.PortalModules).Assembly]);

    [Fact]
    public void Translate_ShouldGiveEnglish_WhenCultureIsEnglish()
    {
        Assert.Equal("Sign in", Catalog.Translate("Đăng nhập", new CultureInfo("en-US")));
    }

    [Fact]
    public void Translate_ShouldKeepVietnamese_WhenCultureIsVietnamese()
    {
        Assert.Equal("Đăng nhập", Catalog.Translate("Đăng nhập", new CultureInfo("vi-VN")));
    }

    [Fact]
    public void Translate_ShouldMatchDecomposedText_WhenKeyIsTypedInNfd()
    {
        var nfd = "Đăng nhập".Normalize(NormalizationForm.FormD);

        Assert.Equal("Sign in", Catalog.Translate(nfd, new CultureInfo("en-US")));
    }
}
