using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>Refused forms answer 400 with Vietnamese reasons and save nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentValidationTests(PortalFactory factory)
{
    [Fact]
    public async Task Create_ShouldRefuseEverythingWrongAtOnce_AndSaveNothing()
    {
        using var admin = await factory.AsAsync("quantri");
        var articleSection = await factory.SectionForAsync(ContentTypes.Article);
        var before = await factory.QueryAsync(ContentAdminKit.Commune, db => db.ContentItems.CountAsync());

        var (response, _) = await admin.CreateAsync(ContentTypes.LegalDocument,
        [
            ("Title", " "), ("SectionId", articleSection!.Value.ToString()), ("Parts.Number", "01/QĐ"), ("Parts.DocumentType", "Quyết định"),
            ("Parts.IssuingBody", "UBND xã"), ("Parts.IssueDate", "31/02/2026"), ("Parts.EffectiveDate", "2026-01-01"),
            ("Parts.Attachments[0].Url", "javascript:alert(1)"), ("Intent", "draft"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains("Vui lòng nhập tiêu đề.", page);
        Assert.Contains("không đăng loại nội dung “Văn bản”", page);
        Assert.Contains("“Ngày ban hành” không phải ngày hợp lệ", page);
        Assert.Contains("phải là địa chỉ bắt đầu bằng http://, https:// hoặc /", page);
        Assert.Equal(before, await factory.QueryAsync(ContentAdminKit.Commune, db => db.ContentItems.CountAsync()));
    }

    [Fact]
    public async Task WorkSchedule_ShouldRefuseAWeekNotStartingOnMonday_AndEffectiveDateBeforeIssue()
    {
        using var admin = await factory.AsAsync("quantri");

        var (week, _) = await admin.CreateAsync(ContentTypes.WorkSchedule, [("Title", "Lịch tuần"), ("Parts.WeekStart", "2026-11-25"), ("Intent", "draft")]);
        var (document, _) = await admin.CreateAsync(ContentTypes.LegalDocument,
            [("Title", "Văn bản"), ("Parts.Number", "1/TB"), ("Parts.DocumentType", "Thông báo"), ("Parts.IssuingBody", "UBND xã"),
             ("Parts.IssueDate", "2026-11-10"), ("Parts.EffectiveDate", "2026-11-01"), ("Intent", "draft")]);

        Assert.Contains("Ngày bắt đầu tuần phải là thứ Hai.", await week.BodyAsync());
        Assert.Contains("“Ngày có hiệu lực” không được trước “Ngày ban hành” (10/11/2026).", await document.BodyAsync());
    }

    [Fact]
    public async Task QuotedArticle_ShouldNameAuthorSourceAndDate()
    {
        using var admin = await factory.AsAsync("quantri");

        var (refused, _) = await admin.CreateAsync(ContentTypes.Article,
            [("Title", ContentAdminKit.Unique("Tin đăng lại")), ("Parts.Kind", "Văn bản đăng lại"), ("Parts.SourceName", "Báo Kon Tum"), ("Intent", "draft")]);
        var (accepted, _) = await admin.CreateAsync(ContentTypes.Article,
            [("Title", ContentAdminKit.Unique("Tin đăng lại đủ nguồn")), ("Parts.Kind", "Văn bản đăng lại"), ("Parts.SourceName", "Báo Kon Tum"),
             ("Parts.SourceAuthor", "Thanh Hương"), ("Parts.SourceQuotedDate", "21/11/2026"), ("Intent", "draft")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("vui lòng nhập “Trích dẫn: tác giả”, “Trích dẫn: ngày trích”.", await refused.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task UnknownType_ShouldBe404()
    {
        using var admin = await factory.AsAsync("quantri");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("admin/content/new/Question")).StatusCode);
    }

    [Fact]
    public async Task List_ShouldFilterByTypeAndText()
    {
        using var admin = await factory.AsAsync("quantri");
        var title = ContentAdminKit.Unique("Liên kết lọc");
        await admin.CreateAsync(ContentTypes.Link, [("Title", title), ("Parts.Url", "https://example.vn/"), ("Intent", "draft")]);

        var found = await admin.GetStringAsync($"admin/content?type=Link&q={Uri.EscapeDataString(title)}");
        var wrongType = await admin.GetStringAsync($"admin/content?type=Article&q={Uri.EscapeDataString(title)}");

        Assert.Contains($">{title}</a>", found);
        Assert.DoesNotContain($">{title}</a>", wrongType);
    }
}
