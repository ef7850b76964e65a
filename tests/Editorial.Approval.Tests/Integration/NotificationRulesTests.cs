using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Email;
using System.Net;
using System.Text.RegularExpressions;
using Editorial.Approval.Definitions;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;

namespace Editorial.Approval.Tests.Integration;

/// <summary>Uses its own host: it changes the commune's notification rules, which every later step follows.</summary>
public sealed class NotificationRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tenant = ApprovalKit.Commune;

    private async Task<int> InReviewAsync(string title)
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, "giao-duc", title);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id)).StatusCode);
        using var office = await factory.AsAsync(Tenant, "thuky");
        var field = await factory.FieldIdAsync(Tenant, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        return id;
    }

    private Task<List<(string UserId, string Kind, string Text)>> NoticesAsync(int id) =>
        factory.ApprovalAsync(Tenant, db => db.Notices.AsNoTracking().Where(n => n.ContentItemId == id).OrderBy(n => n.Id)
            .Select(n => new { n.UserId, n.Kind, n.Text }).ToListAsync())
            .ContinueWith(t => t.Result.Select(n => (n.UserId, n.Kind, n.Text)).ToList());

    private async Task<string> UserIdAsync(string userName) => (await factory.FindUserAsync(Tenant, userName))!.Id;

    /// <summary>Messages to the user about the item, once the mail queued by the steps so far has been written.</summary>
    private async Task<int> MailsAboutAsync(string userName, string title)
    {
        await factory.Services.GetRequiredService<BackgroundEmail>().WhenIdleAsync();
        return MailboxKit.To(factory, $"{userName}@{Tenant}.demo.vn").Count(m => WebUtility.HtmlDecode(m.HtmlBody ?? "").Contains(title));
    }

    /// <summary>The routing form as the page shows it, with <paramref name="rules"/> for the notification rows.</summary>
    private static (string, string)[] Form(string page, IEnumerable<ApprovalNotification> rules)
    {
        var routes = Regex.Matches(page, "name=\"Routes\\[(\\d+)\\]\\.FieldCode\" value=\"([^\"]*)\"").Select(m => ($"Routes[{m.Groups[1].Value}].FieldCode", m.Groups[2].Value));
        var deadlines = Regex.Matches(page, "name=\"DeadlineValues\\[(\\d+)\\]\" value=\"([^\"]*)\"").Select(m => ($"DeadlineValues[{m.Groups[1].Value}]", m.Groups[2].Value));
        var notifications = rules.SelectMany((r, i) => new[]
        {
            ($"Notifications[{i}].State", r.State), ($"Notifications[{i}].Roles", string.Join(", ", r.Roles ?? [])),
            ($"Notifications[{i}].Movers", r.Movers.ToString()), ($"Notifications[{i}].Author", r.Author.ToString()),
            ($"Notifications[{i}].InApp", r.InApp.ToString()), ($"Notifications[{i}].Email", r.Email.ToString()),
        });
        return [.. routes, .. deadlines, .. notifications];
    }

    [Fact]
    public async Task RulesPerStep_ShouldBeSavedAsANewVersion_AndDecideWhoIsToldAndHow()
    {
        var before = await InReviewAsync(ContentAdminKit.Unique("Tin bắt đầu trước khi đổi thông báo"));
        using var head = await factory.AsAsync(Tenant, "truongban");
        var page = await head.GetStringAsync("admin/approval/routing");
        var states = ApprovalTemplates.Commune().States;
        var refused = states.ToList().FindIndex(s => s.Code == ApprovalTemplates.Refused);
        var toPublish = states.ToList().FindIndex(s => s.Code == ApprovalTemplates.ToPublish);
        // Today's behaviour is the default: the author hears of a refusal, not of an approval.
        Assert.Contains($"name=\"Notifications[{refused}].Author\" value=\"true\" checked=\"checked\"", page);
        Assert.DoesNotContain($"name=\"Notifications[{toPublish}].Author\" value=\"true\" checked", page);
        var rules = states.Select(s => s.Code == ApprovalTemplates.ToPublish
            ? new ApprovalNotification(s.Code, Movers: true, Author: true, Roles: [BuiltInRoles.Head], InApp: true, Email: false)
            : ApprovalNotification.Default(s)).ToList();
        var versions = await factory.ApprovalAsync(Tenant, db => db.Definitions.CountAsync());

        var bad = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing",
            Form(page, rules.Select(r => r.State == ApprovalTemplates.ToPublish ? r with { Roles = ["Ban giám khảo"] } : r)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("không có vai trò “Ban giám khảo”", await bad.BodyAsync());
        Assert.Equal(versions, await factory.ApprovalAsync(Tenant, db => db.Definitions.CountAsync()));
        var saved = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing", Form(page, rules));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(versions + 1, await factory.ApprovalAsync(Tenant, db => db.Definitions.CountAsync()));
        Assert.Contains($"name=\"Notifications[{toPublish}].Author\" value=\"true\" checked=\"checked\"", await head.GetStringAsync("admin/approval/routing"));

        var title = ContentAdminKit.Unique("Tin theo quy tắc thông báo mới");
        var after = await InReviewAsync(title);
        using var teacher = await factory.AsAsync(Tenant, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(after, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(before, "approve")).StatusCode);

        var (author, headId, technical) = (await UserIdAsync("ctv"), await UserIdAsync("truongban"), await UserIdAsync("kythuat"));
        var told = (await NoticesAsync(after)).Where(n => n.Text.Contains("Đã duyệt, chờ đăng")).ToList();
        Assert.Contains(told, n => n.UserId == author && n.Kind == "news");
        Assert.Contains(told, n => n.UserId == headId && n.Kind == "news");
        Assert.Contains(told, n => n.UserId == technical && n.Kind == "waiting");
        Assert.Equal(0, await MailsAboutAsync("kythuat", title));
        Assert.Equal(0, await MailsAboutAsync("ctv", title));
        // The item that started on the old version keeps the old rules: the publisher is mailed, the author not told.
        var old = (await NoticesAsync(before)).Where(n => n.Text.Contains("Đã duyệt, chờ đăng")).ToList();
        Assert.Contains(old, n => n.UserId == technical);
        Assert.DoesNotContain(old, n => n.UserId == author);
        var beforeTitle = (await factory.LatestAsync(before)).Title;
        Assert.Equal(1, await MailsAboutAsync("kythuat", beforeTitle));
    }
}
