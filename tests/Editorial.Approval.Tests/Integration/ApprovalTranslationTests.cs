using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Editorial.Approval.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Approval.Tests.Integration;

/// <summary>The approval screens read in English too: every literal text of their views and of the module's messages has an English entry.</summary>
[Collection(ApprovalCollection.Name)]
public sealed class ApprovalTranslationTests(PortalFactory factory)
{
    private const string Views = "src/Modules/Editorial.Approval/Areas/Editorial.Approval/Views/";

    [Theory]
    [InlineData("ApprovalItem")]
    [InlineData("Inbox")]
    [InlineData("Dashboard")]
    [InlineData("Delegations")]
    [InlineData("Routing")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        Assert.Empty(ViewTranslations.Missing(Views + viewFolder));
    }

    [Fact]
    public void EveryServerMessage_ShouldHaveAnEnglishEntry()
    {
        Assert.Empty(ViewTranslations.MissingInCode("src/Modules/Editorial.Approval"));
    }

    [Fact]
    public async Task BadRoutingDeadlinesNotificationsAndDefinition_ShouldBeRefusedInEnglish_WhenEnglishIsChosen_AndChangeNothing()
    {
        const string tenant = ApprovalKit.Commune;
        const string english = "?culture=en-US&ui-culture=en-US";
        using var head = await factory.AsAsync(tenant, "truongban");
        var page = await head.GetStringAsync("admin/approval/routing");
        var deadlines = Regex.Matches(page, "name=\"DeadlineValues\\[(\\d+)\\]\" value=\"([^\"]*)\"").Select(m => ($"DeadlineValues[{m.Groups[1].Value}]", m.Groups[2].Value)).ToList();
        Assert.NotEmpty(deadlines);
        var json = JsonNode.Parse(await head.GetStringAsync("admin/approval/routing/definition.json"))!;
        json["initialState"] = "khong-co-buoc-nay";
        var (versions, daysOff) = (await factory.ApprovalAsync(tenant, db => db.Definitions.CountAsync()), await DaysOffAsync(tenant));

        var form = await head.PostFormAsync($"admin/approval/routing{english}", $"admin/approval/routing{english}",
        [
            .. deadlines.Select((d, i) => i == 0 ? (d.Item1, "-3") : d),
            ("NewDeadlineState", ApprovalTemplates.Review), ("NewDeadlineAmount", "2"),
            ("Notifications[0].State", "khong-co-buoc-nay"), ("Notifications[0].InApp", "true"),
            ("ExtraDaysOff", "2027-01-04"),
        ]);
        var imported = await head.PostFormAsync($"admin/approval/routing{english}", $"admin/approval/routing/definition{english}", ("json", json.ToJsonString()));
        var inVietnamese = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing/definition", ("json", json.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        var formBody = await form.BodyAsync();
        Assert.Contains("Deadline row 1 must be a positive number (at most 365).", formBody);
        Assert.Contains("New deadline: please choose a unit.", formBody);
        Assert.Contains("Notifications: the step “khong-co-buoc-nay” does not exist or is repeated.", formBody);
        Assert.Contains("Working calendar: the date “2027-01-04” is not valid; write it as day/month/year, e.g. 02/01/2027.", formBody);
        Assert.DoesNotContain("Thời hạn dòng", formBody);
        Assert.Equal(HttpStatusCode.BadRequest, imported.StatusCode);
        var importBody = await imported.BodyAsync();
        Assert.Contains("The initial step “khong-co-buoc-nay” is not in the list of steps.", importBody);
        Assert.DoesNotContain("Bước bắt đầu", importBody);
        Assert.Equal(HttpStatusCode.BadRequest, inVietnamese.StatusCode);
        Assert.Contains("Bước bắt đầu “khong-co-buoc-nay” không có trong danh sách bước.", await inVietnamese.BodyAsync());
        Assert.Equal(versions, await factory.ApprovalAsync(tenant, db => db.Definitions.CountAsync()));
        Assert.Equal(daysOff, await DaysOffAsync(tenant));
    }

    private Task<string?> DaysOffAsync(string tenant) =>
        factory.QueryAsync(tenant, db => db.Settings.Where(s => s.Key == Portal.Core.Calendar.TenantCalendar.ExtraDaysOffKey).Select(s => s.Value).SingleOrDefaultAsync());

    [Fact]
    public async Task StepRefusals_ShouldBeInEnglish_WhenEnglishIsChosen_AndInVietnameseByDefault()
    {
        const string tenant = ApprovalKit.Commune;
        const string english = "?culture=en-US&ui-culture=en-US";
        using var ctv = await factory.AsAsync(tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, tenant, "giao-duc", ContentAdminKit.Unique("Tin kiểm tra thông báo lỗi tiếng Anh"));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id)).StatusCode);
        using var office = await factory.AsAsync(tenant, "thuky");
        var field = await factory.FieldIdAsync(tenant, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        using var member = await factory.AsAsync(tenant, "thanhvien");
        using var health = await factory.AsAsync(tenant, "thanhvien.yte");

        var noReason = await member.PostFormAsync($"admin/approval/{id}{english}", $"admin/approval/{id}/refuse{english}",
            ("Revision", await member.ApprovalRevisionAsync(id)), ("Comment", "Thiếu nguồn"));
        var otherField = await health.PostFormAsync($"admin/approval/{id}{english}", $"admin/approval/{id}/approve{english}",
            ("Revision", await health.ApprovalRevisionAsync(id)));
        var inVietnamese = await health.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var refused = await noReason.BodyAsync();
        Assert.Contains("Please choose a reason for refusal under Art. 13.3 (a–g).", refused);
        Assert.DoesNotContain("Vui lòng chọn lý do", refused);
        Assert.Equal(HttpStatusCode.Forbidden, otherField.StatusCode);
        Assert.Contains("You may not “Approve” this item at the step “Waiting for the field", await otherField.BodyAsync());
        Assert.Equal(HttpStatusCode.Forbidden, inVietnamese.StatusCode);
        Assert.Contains("Bạn không có quyền “Duyệt” bài này ở bước “Chờ thành viên phụ trách lĩnh vực duyệt”.", await inVietnamese.BodyAsync());
    }

    [Fact]
    public async Task Notices_ShouldBeShownInTheReadersLanguage_AndOlderOnesAsTheyWereStored()
    {
        const string tenant = ApprovalKit.Commune;
        var title = ContentAdminKit.Unique("Tin từ chối đọc bằng tiếng Anh");
        using var ctv = await factory.AsAsync(tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, tenant, "giao-duc", title);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id)).StatusCode);
        using var office = await factory.AsAsync(tenant, "thuky");
        var field = await factory.FieldIdAsync(tenant, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        using var member = await factory.AsAsync(tenant, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await member.StepAsync(id, "refuse", ("ReasonCode", "c"), ("Comment", "Số liệu chưa công bố"))).StatusCode);
        // A notice written before messages were kept: only its Vietnamese text.
        var old = ContentAdminKit.Unique("Thông báo cũ chỉ có tiếng Việt");
        var instance = await factory.InstanceAsync(tenant, id);
        var author = (await factory.FindUserAsync(tenant, "ctv"))!.Id;
        await factory.ApprovalAsync(tenant, async db =>
        {
            db.Notices.Add(new Editorial.Approval.Models.WorkflowNotice
            {
                UserId = author, InstanceId = instance.Id, ContentItemId = id, Kind = "news", Text = old, CreatedUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var english = await ctv.GetStringAsync("admin/approval?culture=en-US&ui-culture=en-US");
        var vietnamese = await ctv.GetStringAsync("admin/approval");

        Assert.Contains($"“{title}” was refused publication. Reason: c) A state secret or not yet cleared for release. Comment: Số liệu chưa công bố", english);
        Assert.DoesNotContain($"“{title}” đã bị từ chối đăng.", english);
        Assert.Contains(old, english);
        Assert.Contains($"“{title}” đã bị từ chối đăng. Lý do: c) Thuộc bí mật nhà nước hoặc chưa được phép phổ biến công khai. Ý kiến: Số liệu chưa công bố", vietnamese);
        Assert.Contains(old, vietnamese);
    }

    [Fact]
    public async Task Inbox_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var member = await factory.AsAsync(ApprovalKit.Commune, "thanhvien");

        var html = await member.GetStringAsync("admin/approval?culture=en-US&ui-culture=en-US");

        Assert.Contains("My tasks", html);
        Assert.DoesNotContain("Việc của tôi", html);
    }
}
