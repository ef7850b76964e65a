using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Core.Localization;
using Portal.Core.Tenancy.Templates;

namespace Portal.UnitTests.Localization;

/// <summary>The tenant admin screens have English for every fixed text they show.</summary>
public sealed partial class TenantTranslationsTests
{
    private static readonly TranslationCatalog Catalog = new([typeof(Portal.Web.PortalModules).Assembly, typeof(Portal.CoreAdmin.CoreAdminModule).Assembly]);
    private static readonly CultureInfo English = new("en-US");

    [GeneratedRegex("T\\[\"(?<key>[^\"]+)\"\\]")]
    private static partial Regex KeyPattern();

    private static string ViewsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "src", "Admin", "Portal.CoreAdmin", "Views", "Tenants");
    }

    [Fact]
    public void EveryTextOfTheTenantViews_ShouldHaveAnEnglishTranslation()
    {
        var keys = Directory.GetFiles(ViewsFolder(), "*.cshtml")
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.NotEqual(key, Catalog.Translate(key, English)));
    }

    [Fact]
    public void EverySelectableTemplate_ShouldHaveAnEnglishName()
    {
        Assert.All(TenantTemplates.Selectable, t => Assert.NotEqual(t.DisplayName, Catalog.Translate(t.DisplayName, English)));
    }

    [Fact]
    public void TenantTranslations_ShouldLoadFromTheirOwnFile_BesideTheShellsOnes()
    {
        Assert.Equal("New unit site", Catalog.Translate("Tạo đơn vị mới", English));
        Assert.Equal("Sign in", Catalog.Translate("Đăng nhập", English));
    }
}
