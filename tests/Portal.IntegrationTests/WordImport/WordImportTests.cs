using System.Net;
using Portal.Abstractions.Content;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.UnitTests.Import;

namespace Portal.IntegrationTests.WordImport;

/// <summary>Word import through the article create page: a real .docx in, a draft with its pictures in the library out.</summary>
[Collection(PortalCollection.Name)]
public sealed class WordImportTests(PortalFactory factory)
{
    [Fact]
    public async Task Import_ShouldCreateADraft_WithBodyImagesAndConvertedTcvn3()
    {
        using var editor = await factory.AsAsync("quantri");
        var title = ContentAdminKit.Unique("Hội nghị tổng kết năm");
        using var docx = new TestDocx();
        docx.Text(title, "Title")
            .Text("Kết quả", "Heading1")
            .Paragraph(null, TestDocx.Run("Chỉ tiêu "), TestDocx.Run("vượt kế hoạch", bold: true))
            .ListItem(TestDocx.BulletList, 0, "Thu ngân sách")
            .ListItem(TestDocx.BulletList, 0, "Xây dựng nông thôn mới")
            .Table(["Chỉ tiêu", "Kết quả"], ["Hộ nghèo", "2%"])
            .Paragraph(null, TestDocx.Run("Uû ban nh©n d©n x· ", font: ".VnTime"), TestDocx.Run("Tin tøc", font: ".VnArial"));
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), "Ảnh hội nghị"));

        var response = await editor.ImportAsync("tong-ket.docx", docx.ToStream().ToArray());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = ContentAdminKit.IdFrom(response);
        var item = await factory.ItemAsync(id);
        var version = await factory.LatestAsync(id);
        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Equal(title, version.Title);
        Assert.Contains("<h2>Kết quả</h2>", version.Body);
        Assert.Contains("<strong>vượt kế hoạch</strong>", version.Body);
        Assert.Contains("<li>Thu ngân sách</li>", version.Body);
        Assert.Contains("<td>Hộ nghèo</td>", version.Body);
        Assert.Contains("Uỷ ban nhân dân xã Tin tức", version.Body);
        Assert.Contains("alt=\"Ảnh hội nghị\"", version.Body);
        var src = System.Text.RegularExpressions.Regex.Match(version.Body!, "src=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("/xa-dak-plo/media/word-import/", src);
        using var reader = factory.ClientFor(null);
        var image = await reader.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);

        var page = await editor.GetStringAsync($"admin/content/{ContentAdminKit.IdFrom(response)}");
        Assert.Contains("Đã nhập tệp Word thành bản nháp.", page);
        Assert.Contains("từ mã TCVN3 sang Unicode.", page);
        Assert.Contains("chưa có chú thích", page);
    }

    [Theory]
    [InlineData("anh.docx", true)]
    [InlineData("trong.docx", false)]
    public async Task Import_ShouldRefuseAPngOrAnEmptyFile_AndCreateNothing(string fileName, bool png)
    {
        using var editor = await factory.AsAsync("quantri");
        var items = await factory.ItemCountAsync();
        var media = await factory.MediaCountAsync();

        var response = await editor.ImportAsync(fileName, png ? TinyPng.Create() : []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains(png ? "Tệp không phải là tài liệu Word (.docx) hợp lệ." : "Hãy chọn một tệp Word (.docx) có nội dung.", page);
        Assert.Equal(items, await factory.ItemCountAsync());
        Assert.Equal(media, await factory.MediaCountAsync());
    }

    [Fact]
    public async Task Import_ShouldShowMarkupInFileNamesAndAltTextEncoded()
    {
        using var editor = await factory.AsAsync("quantri");
        using var docx = new TestDocx();
        docx.Text(ContentAdminKit.Unique("Tin có ảnh"), "Title");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), "<img src=x onerror=alert(1)><script>alert(2)</script>"));

        var response = await editor.ImportAsync("<img src=x onerror=alert(1)>.docx", docx.ToStream().ToArray());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await editor.GetStringAsync($"admin/content/{ContentAdminKit.IdFrom(response)}");
        ScriptFreePage.AssertNothingRuns(page, "alert(");
        var body = (await factory.LatestAsync(ContentAdminKit.IdFrom(response))).Body!;
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("<img src=x", body);
    }
}
