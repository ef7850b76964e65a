using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.IntegrationTests.Identity;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Search;

/// <summary>The readers' search page through the real pipeline: published items found, drafts not, attachments read, odd input answered.</summary>
/// <remarks>Own host: the articles published here would push the demo news off the shared host's first section page.</remarks>
public sealed class PublicSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task BlankQuery_ShouldGetAHint_InsteadOfABareForm(string q)
    {
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        var sent = await reader.PublicSearchAsync(q);
        var opened = await reader.GetStringAsync("tim-kiem");

        Assert.Contains("data-testid=\"search-blank\"", sent);
        Assert.DoesNotContain("data-testid=\"search-results\"", sent);
        Assert.DoesNotContain("data-testid=\"search-blank\"", opened);
    }

    [Fact]
    public async Task PublishedArticle_ShouldBeFound_WhenSearchedWithoutDiacritics()
    {
        using var editor = await factory.AsAsync("truongban");
        var marker = SearchKit.Marker("dakung");
        var title = $"Lễ hội cồng chiêng thôn {marker}";
        await factory.ArticleAsync(editor, title, $"Đồng bào Xơ Đăng ở thôn {marker} mừng lúa mới bên nhà rông.");
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        var page = await reader.PublicSearchAsync($"cong chieng {marker}");

        Assert.Contains("data-testid=\"search-results\"", page);
        Assert.Contains("<mark>cồng</mark>", page);
        Assert.Contains($"<mark>{marker}</mark>", page);
    }

    [Fact]
    public async Task Draft_ShouldNotBeFound_OnThePublicSite_UntilPublished()
    {
        using var editor = await factory.AsAsync("truongban");
        var marker = SearchKit.Marker("nhap");
        var id = await factory.ArticleAsync(editor, $"Bản nháp {marker}", "Chưa đăng.", publish: false);
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(id, "publish")).StatusCode);
        Assert.Contains("data-testid=\"search-results\"", await reader.PublicSearchAsync(marker));

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(id, "unpublish")).StatusCode);
        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));
    }

    [Fact]
    public async Task OtherTenantsItems_ShouldNotBeFound()
    {
        using var editor = await factory.AsAsync("truongban");
        var marker = SearchKit.Marker("rieng");
        await factory.ArticleAsync(editor, $"Tin riêng {marker}", "Chỉ của xã.");
        using var school = factory.ClientFor(IdentityTestKit.School);

        Assert.Contains("data-testid=\"search-empty\"", await school.PublicSearchAsync(marker));
    }

    [Fact]
    public async Task AttachmentText_ShouldBeFound_ForDocxAndPdf()
    {
        using var editor = await factory.AsAsync("truongban");
        var inDocx = SearchKit.Marker("tepword");
        var inPdf = SearchKit.Marker("teppdf");
        var docx = await factory.MediaAsync(ContentAdminKit.Commune, "quyet-dinh.docx", SearchKit.Docx($"Điều 1. Phê duyệt kế hoạch {inDocx} năm 2026."));
        var pdf = await factory.MediaAsync(ContentAdminKit.Commune, "phu-luc.pdf", SearchKit.Pdf($"Phu luc ke hoach {inPdf} nam 2026"));
        var section = await factory.SectionForAsync(ContentTypes.LegalDocument);
        var (created, _) = await editor.CreateAsync(ContentTypes.LegalDocument,
        [
            ("Title", ContentAdminKit.Unique("Quyết định phê duyệt kế hoạch")), ("Summary", "Trích yếu"), ("Body", ""), ("SectionId", section?.ToString() ?? ""),
            ("Parts.Number", "15/QĐ-UBND"), ("Parts.DocumentType", "Quyết định"), ("Parts.IssuingBody", "UBND xã Đắk Plô"), ("Parts.IssueDate", "2026-11-10"),
            ("Parts.Attachments[0].Url", docx), ("Parts.Attachments[0].Name", "Quyết định"),
            ("Parts.Attachments[1].Url", pdf), ("Parts.Attachments[1].Name", "Phụ lục"), ("Intent", "publish"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        Assert.Contains($"<mark>{inDocx}</mark>", await reader.PublicSearchAsync(inDocx));
        Assert.Contains($"<mark>{inPdf}</mark>", await reader.PublicSearchAsync(inPdf, "&type=LegalDocument"));
    }

    [Fact]
    public async Task Snippet_ShouldBeTextOnly_WhenTheArticleHasAPicture()
    {
        using var editor = await factory.AsAsync("truongban");
        var marker = SearchKit.Marker("anhbai");
        // A file name of its own: the demo site's pages show library pictures of their own (a festival among them).
        var photo = await factory.MediaAsync(ContentAdminKit.Commune, $"anh-{marker}.png", Portal.UnitTests.Import.TinyPng.Create());
        var section = await factory.SectionForAsync(ContentTypes.Article);
        var (created, _) = await editor.CreateAsync(ContentTypes.Article,
        [
            ("Title", $"Lễ hội mùa xuân {marker}"), ("Summary", ""), ("SectionId", section?.ToString() ?? ""), ("Parts.Kind", "Tin"), ("Intent", "publish"),
            ("Body", $"<p>Mở đầu {marker}.</p><figure><img src=\"{photo}\" alt=\"Múa xoang\"><figcaption>Múa xoang bên nhà rông</figcaption></figure><p>Kết thúc {marker}.</p>"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        var page = await reader.PublicSearchAsync(marker);

        Assert.Contains("Múa xoang bên nhà rông", page);
        Assert.DoesNotContain("[ảnh:", page);
        Assert.DoesNotContain($"anh-{marker}", page);
    }

    [Fact]
    public async Task SectionFilter_ShouldIncludeSubSections_AndExcludeOtherSections()
    {
        using var editor = await factory.AsAsync("truongban");
        var marker = SearchKit.Marker("chuyenmuc");
        var sections = await factory.QueryAsync(ContentAdminKit.Commune, db => db.Sections.AsNoTracking().ToListAsync());
        var child = sections.First(s => s.ParentId != null && ContentValidator.ListsType(s.ContentTypes, ContentTypes.Article));
        var other = sections.First(s => s.Id != child.Id && s.Id != child.ParentId && s.ParentId != child.ParentId);
        var (created, _) = await editor.CreateAsync(ContentTypes.Article,
            [("Title", $"Tin trong chuyên mục con {marker}"), ("Summary", ""), ("Body", "<p>Nội dung.</p>"), ("SectionId", child.Id.ToString()), ("Parts.Kind", "Tin"), ("Intent", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        Assert.Contains("data-testid=\"search-results\"", await reader.PublicSearchAsync(marker, $"&section={child.ParentId}"));
        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker, $"&section={other.Id}"));
    }

    [Theory]
    [InlineData("\"cồng chiêng")]
    [InlineData("*")]
    [InlineData("cồng AND (chiêng OR")]
    [InlineData("title:[a TO z] ~2 ^3 \\")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%00")]
    public async Task OddQueries_ShouldAnswer200_NeverAnError(string q)
    {
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        var page = await reader.PublicSearchAsync(q);

        Assert.DoesNotContain("<script>alert(1)</script>", page);
    }

    [Fact]
    public async Task SymbolsOnlyQuery_ShouldExplainInVietnamese()
    {
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        var page = await reader.PublicSearchAsync("* ?");

        Assert.Contains("Từ khóa chỉ gồm ký hiệu nên không tìm được.", page);
    }

    [Fact]
    public async Task TenThousandCharacterQuery_ShouldAnswer_WithTheTruncationMessage()
    {
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        var page = await reader.PublicSearchAsync("trường " + new string('x', 10_000));

        Assert.Contains("Từ khóa quá dài nên chỉ phần đầu được dùng để tìm.", page);
    }

    [Fact]
    public async Task BadFilterValues_ShouldBeIgnoredOrAnswered_NotFail()
    {
        using var reader = factory.ClientFor(ContentAdminKit.Commune);

        var response = await reader.GetAsync("tim-kiem?q=tin&year=abc&section=-1&type=%22&page=999999");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }
}
