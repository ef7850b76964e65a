using System.Net;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.WordImport;

/// <summary>Text pasted in TCVN3 or VNI into the ordinary edit form is stored as Unicode, and the editor is told.</summary>
[Collection(PortalCollection.Name)]
public sealed class LegacyTextSaveTests(PortalFactory factory)
{
    private const string Unicode = "Cộng hòa xã hội chủ nghĩa Việt Nam";

    [Theory]
    [InlineData("Céng hßa x· héi chñ nghÜa ViÖt Nam", "TCVN3")]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI")]
    public async Task Save_ShouldStoreLegacyTitleAndBodyAsUnicode_AndSaySo(string legacy, string encoding)
    {
        using var editor = await factory.AsAsync("quantri");

        var (response, id) = await editor.CreateAsync(ContentTypes.Article,
            [("Title", legacy), ("Body", $"<p>{legacy}</p>"), ("Parts.CoverCaption", legacy), ("Intent", "draft")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var version = await factory.LatestAsync(id);
        Assert.Equal(Unicode, version.Title);
        Assert.Equal($"<p>{Unicode}</p>", version.Body);
        Assert.Contains($"\"coverCaption\":\"{Unicode}\"", version.Parts);
        var page = await editor.GetStringAsync($"admin/content/{id}");
        Assert.Contains($"từ mã {encoding} sang Unicode.", page);

        // An edit in Unicode is stored as typed, with no conversion message.
        var edit = await editor.EditAsync(id, [("Title", Unicode + " 2026"), ("Body", "<p>Độc lập - Tự do - Hạnh phúc</p>"), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(Unicode + " 2026", (await factory.LatestAsync(id)).Title);
        Assert.DoesNotContain("sang Unicode.", await editor.GetStringAsync($"admin/content/{id}"));
    }

    [Fact]
    public async Task Save_ShouldKeepScriptHandlersAndJavascriptUrlsOffThePublicPage()
    {
        // Captioned, so the only thing wrong with it is the handler (uncaptioned images are refused on publish).
        const string payload = "<figure><img src=x alt=\"Ảnh\" onerror=alert(1)><figcaption>Ảnh</figcaption></figure>";
        using var editor = await factory.AsAsync("quantri");
        var title = ContentAdminKit.Unique("Tin thử " + payload);

        var (response, id) = await editor.CreateAsync(ContentTypes.Article,
        [
            ("Title", title),
            ("Body", $"<p>Nội dung</p>{payload}<script>alert(2)</script><a href=\"javascript:alert(3)\">liên kết</a><p onclick=\"alert(4)\">x</p>"),
            ("Parts.CoverImageUrl", "/media/anh.png"), ("Parts.CoverCaption", payload + "<script>alert(5)</script>"),
            ("Intent", "publish"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var version = await factory.LatestAsync(id);
        Assert.DoesNotContain("onerror", version.Body);
        Assert.DoesNotContain("<script", version.Body);
        Assert.DoesNotContain("javascript:", version.Body);
        Assert.DoesNotContain("onclick", version.Body);
        var item = await factory.ItemAsync(id);
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        var page = await reader.GetStringAsync($"bai-viet/{item.Slug}");
        Assert.Contains("Nội dung", page);
        ScriptFreePage.AssertNothingRuns(page, "alert(");
    }
}
