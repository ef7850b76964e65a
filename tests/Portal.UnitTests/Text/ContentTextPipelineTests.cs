using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content.Import;
using Portal.Core.Text;

namespace Portal.UnitTests.Text;

public sealed class ContentTextPipelineTests
{
    private static readonly IContentTextPipeline Pipeline = new ContentTextPipeline(new PortalHtmlSanitizer());

    [Fact]
    public void CleanHtml_ShouldConvertTcvn3Blocks_CountThem_AndSanitize()
    {
        const string pasted =
            "<p class=\"MsoNormal\"><span style=\"font-family:.VnTime\">Uû ban nh©n d©n <b>x·</b> th«ng b¸o</span></p>"
            + "<ul><li>Häp giao ban</li><li>TiÕp d©n</li></ul><p>Meeting at 9 o'clock</p>"
            + "<img src=x onerror=alert(1)><p>Cộng hòa xã hội chủ nghĩa Việt Nam</p>";

        var result = Pipeline.CleanHtml(pasted);

        Assert.Equal(
            "<p>Uỷ ban nhân dân <strong>xã</strong> thông báo</p><ul><li>Họp giao ban</li><li>Tiếp dân</li></ul>"
            + "<p>Meeting at 9 o'clock</p><img src=\"x\"><p>Cộng hòa xã hội chủ nghĩa Việt Nam</p>",
            result.Value);
        Assert.Equal(3, result.Conversions.Tcvn3Paragraphs);
        Assert.Equal(["Đã chuyển 3 đoạn từ mã TCVN3 sang Unicode."], result.Messages);
    }

    [Fact]
    public void CleanHtml_ShouldConvertVni()
    {
        var result = Pipeline.CleanHtml("<p>Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam</p><p>Ñoäc laäp - Töï do - Haïnh phuùc</p>");

        Assert.Equal("<p>Cộng hòa xã hội chủ nghĩa Việt Nam</p><p>Độc lập - Tự do - Hạnh phúc</p>", result.Value);
        Assert.Equal(["Đã chuyển 2 đoạn từ mã VNI sang Unicode."], result.Messages);
    }

    [Theory]
    [InlineData("<p>Lịch công tác tuần của Ủy ban nhân dân xã</p>")]
    [InlineData("<p>Le café est déjà prêt, où est le maïs?</p>")]
    public void CleanHtml_ShouldLeaveUnicodeAndFrenchAlone(string html)
    {
        var result = Pipeline.CleanHtml(html);

        Assert.Equal(html, result.Value);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void CleanText_ShouldDropMarkup_ComposeNfd_AndConvert()
    {
        var decomposed = Pipeline.CleanText("<b>Thông báo</b>  <script>x()</script>tuyển sinh".Normalize(NormalizationForm.FormD));
        var legacy = Pipeline.CleanText("Th«ng b¸o tuyÓn sinh");

        Assert.Equal("Thông báo tuyển sinh", decomposed.Value);
        Assert.Empty(decomposed.Messages);
        Assert.Equal("Thông báo tuyển sinh", legacy.Value);
        Assert.Equal(["Đã chuyển 1 đoạn từ mã TCVN3 sang Unicode."], legacy.Messages);
    }

    [Fact]
    public void CleanArticle_ShouldConvertAShortTitle_WhenTheBodyIsLegacy()
    {
        Assert.Equal("Tin tøc", Pipeline.CleanText("Tin tøc").Value); // alone: too little to be sure

        var result = Pipeline.CleanArticle("Tin tøc", "<p>Céng hßa x· héi chñ nghÜa ViÖt Nam</p><p>§éc lËp - Tù do - H¹nh phóc</p>");

        Assert.Equal("Tin tức", result.Title.Value);
        Assert.Equal("<p>Cộng hòa xã hội chủ nghĩa Việt Nam</p><p>Độc lập - Tự do - Hạnh phúc</p>", result.Body.Value);
        Assert.Equal(["Đã chuyển 3 đoạn từ mã TCVN3 sang Unicode."], result.Messages);
    }

    [Fact]
    public void AddPortalContentText_ShouldRegisterTheServices()
    {
        using var provider = new ServiceCollection().AddPortalContentText().BuildServiceProvider();

        Assert.IsType<ContentTextPipeline>(provider.GetRequiredService<IContentTextPipeline>());
        Assert.Same(provider.GetRequiredService<PortalHtmlSanitizer>(), provider.GetRequiredService<PortalHtmlSanitizer>());
        Assert.NotNull(provider.GetRequiredService<DocxImporter>());
    }
}
