using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Email;
using System.Net;
using Editorial.Approval.Definitions;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Editorial.Approval.Tests.Integration;

/// <summary>The author hears of a refusal (reason and comment), a return and the publication: in the inbox and by mail.</summary>
[Collection(ApprovalCollection.Name)]
public sealed class AuthorNoticeTests(PortalFactory factory)
{
    private const string Tenant = ApprovalKit.Commune;
    private const string AuthorMail = "ctv@xa-dak-plo.demo.vn";

    private async Task<int> InReviewAsync(string fieldCode, string title)
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, fieldCode, title);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id)).StatusCode);
        await ClassifyAsync(id, fieldCode);
        return id;
    }

    private async Task ClassifyAsync(int id, string fieldCode)
    {
        using var office = await factory.AsAsync(Tenant, "thuky");
        var field = await factory.FieldIdAsync(Tenant, fieldCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
    }

    /// <summary>The author's messages about the item, once the mail queued by the steps so far has been written.</summary>
    private async Task<List<MimeMessage>> MailAboutAsync(string title)
    {
        await factory.Services.GetRequiredService<BackgroundEmail>().WhenIdleAsync();
        return MailboxKit.To(factory, AuthorMail).Where(m => WebUtility.HtmlDecode(m.HtmlBody ?? "").Contains(title)).ToList();
    }

    private async Task<List<string>> AuthorNoticesAsync(int id)
    {
        var author = (await factory.FindUserAsync(Tenant, "ctv"))!.Id;
        return await factory.ApprovalAsync(Tenant, db => db.Notices.AsNoTracking().Where(n => n.ContentItemId == id && n.UserId == author)
            .OrderBy(n => n.Id).Select(n => n.Text).ToListAsync());
    }

    [Fact]
    public async Task Refusal_ShouldTellTheAuthor_InTheInboxAndByMail_WithTheReasonAndTheComment()
    {
        var title = ContentAdminKit.Unique("Tin bị từ chối báo cho tác giả");
        var id = await InReviewAsync("thanh-nien", title);
        using var youth = await factory.AsAsync(Tenant, "thanhvien.doan");

        Assert.Equal(HttpStatusCode.Redirect, (await youth.StepAsync(id, "refuse", ("ReasonCode", "c"), ("Comment", "Số liệu chưa được phép công bố"))).StatusCode);

        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var inbox = await ctv.GetStringAsync("admin/approval");
        Assert.Contains($"“{title}” đã bị từ chối đăng.", inbox);
        Assert.Contains(RefusalReasons.All["c"], inbox);
        Assert.Contains("Số liệu chưa được phép công bố", inbox);
        var mail = Assert.Single(await MailAboutAsync(title));
        Assert.Equal("Tin, bài bị từ chối đăng", mail.Subject);
        var body = WebUtility.HtmlDecode(mail.HtmlBody);
        Assert.Contains(RefusalReasons.All["c"], body);
        Assert.Contains("Số liệu chưa được phép công bố", body);
    }

    [Fact]
    public async Task ReturnAndPublication_ShouldAlsoTellTheAuthor_OnceEach()
    {
        var title = ContentAdminKit.Unique("Tin trả lại rồi được đăng");
        var id = await InReviewAsync("giao-duc", title);
        using var teacher = await factory.AsAsync(Tenant, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(id, "return", ("Comment", "Bổ sung ảnh có chú thích"))).StatusCode);

        var afterReturn = await AuthorNoticesAsync(id);
        // The author is also the one who must act on a returned item: told once, with the comment.
        var returned = Assert.Single(afterReturn);
        Assert.Contains("được trả lại để bổ sung", returned);
        Assert.Contains("Bổ sung ảnh có chú thích", returned);

        using var ctv = await factory.AsAsync(Tenant, "ctv");
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.StepAsync(id, "resubmit")).StatusCode);
        await ClassifyAsync(id, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(id, "approve")).StatusCode);
        using var technical = await factory.AsAsync(Tenant, "kythuat");
        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish")).StatusCode);

        var notices = await AuthorNoticesAsync(id);
        Assert.Equal(2, notices.Count);
        Assert.Equal($"“{title}” đã được đăng.", notices[^1]);
        Assert.Equal(["Tin, bài được trả lại để bổ sung", "Tin, bài đã được đăng"], (await MailAboutAsync(title)).Select(m => m.Subject));
    }
}
