using System.Net;
using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Security;

namespace Editorial.Approval.Tests.Integration;

/// <summary>Uses its own host: delegations, routing versions and reminders change what the whole unit sees.</summary>
public sealed class TenantWideApprovalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Commune = ApprovalKit.Commune;
    private const string School = ApprovalKit.School;

    private static string Day(int offset) => DateTime.UtcNow.AddHours(7).AddDays(offset).ToString("dd/MM/yyyy");

    private async Task<int> SchoolItemAsync(string fieldCode, string title)
    {
        using var ctv = await factory.AsAsync(School, "ctv");
        var id = await factory.DraftArticleAsync(ctv, School, fieldCode, ContentAdminKit.Unique(title));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        return id;
    }

    private async Task<int> CommuneReviewAsync(string fieldCode, string title)
    {
        using var ctv = await factory.AsAsync(Commune, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Commune, fieldCode, ContentAdminKit.Unique(title));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        using var office = await factory.AsAsync(Commune, "thuky");
        var field = await factory.FieldIdAsync(Commune, fieldCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        return id;
    }

    [Fact]
    public async Task Delegate_ShouldActOnlyInsideTheDates_AndTheTimelineSaysOnBehalfOf()
    {
        using var teacher = await factory.AsAsync(School, "thanhvien");
        using var pioneer = await factory.AsAsync(School, "thanhvien.doi");
        var future = await teacher.PostFormAsync("admin/approval/delegations", "admin/approval/delegations",
            ("toUserId", (await factory.FindUserAsync(School, "thanhvien.doi"))!.Id), ("start", Day(5)), ("end", Day(9)));
        Assert.Equal(HttpStatusCode.Redirect, future.StatusCode);
        var id = await SchoolItemAsync("chuyen-mon", "Chuyên đề toán lớp 5");

        var outside = await pioneer.StepAsync(id, "approve");
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);

        var today = await teacher.PostFormAsync("admin/approval/delegations", "admin/approval/delegations",
            ("toUserId", (await factory.FindUserAsync(School, "thanhvien.doi"))!.Id), ("start", Day(0)), ("end", Day(0)));
        Assert.Equal(HttpStatusCode.Redirect, today.StatusCode);
        var inside = await pioneer.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.Redirect, inside.StatusCode);
        var approve = (await factory.StepsAsync(School, id)).Single(s => s.Action == ApprovalActions.Approve);
        Assert.Contains("Lường Thị Hoa", approve.OnBehalfOfName);
        var audit = await factory.AuditAsync(School, $"Article #{id}");
        Assert.Contains(audit, a => a.Action == ApprovalActions.Approve && a.UserName == "thanhvien.doi" && a.OnBehalfOf!.Contains("Lường Thị Hoa"));
    }

    [Fact]
    public async Task DelegationLimitedToAField_ShouldLetTheDelegateActOnlyOnThatField_AndSaySoOnScreen()
    {
        using var head = await factory.AsAsync(School, "truongban");
        // A delegate must hold a role the flow lets review for the head: a board member with no field of his own does.
        var delegateId = (await factory.CreateUserAsync(School, "thanhvien.moi", BuiltInRoles.Member)).Id;
        var field = await factory.FieldIdAsync(School, "chuyen-mon");
        var fieldName = await factory.QueryAsync(School, db => db.Fields.Where(f => f.Id == field).Select(f => f.Name).SingleAsync());
        var before = await factory.ApprovalAsync(School, db => db.Delegations.CountAsync());

        var unknownField = await head.PostFormAsync("admin/approval/delegations", "admin/approval/delegations",
            ("toUserId", delegateId), ("start", Day(0)), ("end", Day(0)), ("fieldId", "987654"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Contains("Lĩnh vực đã chọn không tồn tại.", await unknownField.BodyAsync());
        Assert.Equal(before, await factory.ApprovalAsync(School, db => db.Delegations.CountAsync()));
        var limited = await head.PostFormAsync("admin/approval/delegations", "admin/approval/delegations",
            ("toUserId", delegateId), ("start", Day(0)), ("end", Day(0)), ("fieldId", field.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, limited.StatusCode);
        Assert.Contains($"data-testid=\"delegation-field\">{fieldName}<", await head.GetStringAsync("admin/approval/delegations"));

        var inField = await SchoolItemAsync("chuyen-mon", "Chuyên đề tiếng Việt lớp 3");
        var outside = await SchoolItemAsync("cong-doan", "Công đoàn tổ chức tham quan");
        using var delegate_ = await factory.SignedInAsync(School, "thanhvien.moi", IdentityTestKit.StrongPassword);
        var inbox = await delegate_.GetStringAsync("admin/approval");
        Assert.Contains($"admin/approval/{inField}\"", inbox);
        Assert.DoesNotContain($"admin/approval/{outside}\"", inbox);
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.StepAsync(outside, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await delegate_.StepAsync(inField, "approve")).StatusCode);

        var approve = (await factory.StepsAsync(School, inField)).Single(s => s.Action == ApprovalActions.Approve);
        Assert.Contains("Phạm Thị Ngân", approve.OnBehalfOfName);
        Assert.Contains($"lĩnh vực {fieldName}", approve.OnBehalfOfName);
        Assert.Contains($"lĩnh vực {fieldName}", await delegate_.GetStringAsync($"admin/approval/{inField}"));
    }

    [Fact]
    public async Task Delegation_ShouldBeRefusedWithAVietnameseMessage_WhenDatesAreWrong()
    {
        using var teacher = await factory.AsAsync(School, "thanhvien");
        var to = (await factory.FindUserAsync(School, "kythuat"))!.Id;
        var before = await factory.ApprovalAsync(School, db => db.Delegations.CountAsync());

        var malformed = await teacher.PostFormAsync("admin/approval/delegations", "admin/approval/delegations", ("toUserId", to), ("start", "2027-01-05"), ("end", Day(1)));
        var reversed = await teacher.PostFormAsync("admin/approval/delegations", "admin/approval/delegations", ("toUserId", to), ("start", Day(3)), ("end", Day(1)));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("ngày/tháng/năm", await malformed.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.", await reversed.BodyAsync());
        Assert.Equal(before, await factory.ApprovalAsync(School, db => db.Delegations.CountAsync()));
    }

    [Fact]
    public async Task DefinitionChangedMidFlight_ShouldKeepRunningItemsOnTheirVersion()
    {
        var running = await CommuneReviewAsync("giao-duc", "Tin bắt đầu ở phiên bản cũ");
        using var head = await factory.AsAsync(Commune, "truongban");
        var page = await head.GetStringAsync("admin/approval/routing");
        var fields = await factory.QueryAsync(Commune, db => db.Fields.OrderBy(f => f.SortOrder).Select(f => f.Code).ToListAsync());
        var deadlines = System.Text.RegularExpressions.Regex.Matches(page, "name=\"DeadlineValues\\[(\\d+)\\]\" value=\"([^\"]*)\"");
        var form = fields.SelectMany((code, i) => new[] { ($"Routes[{i}].FieldCode", code), ($"Routes[{i}].Users", code == "giao-duc" ? "thanhvien.yte" : "") })
            .Concat(deadlines.Select(m => ($"DeadlineValues[{m.Groups[1].Value}]", m.Groups[2].Value))).ToArray();

        var bad = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing",
            form.Select(f => f.Item1 == "Routes[0].Users" ? (f.Item1, "khongtontai") : f).Append(("ExtraDaysOff", "2027-01-04")).ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("không có người dùng “khongtontai”", await bad.BodyAsync());
        Assert.Contains("Lịch làm việc: Ngày “2027-01-04” không hợp lệ", await bad.BodyAsync());
        Assert.Equal(1, await factory.ApprovalAsync(Commune, db => db.Definitions.CountAsync()));
        var saved = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing", [.. form, ("ExtraDaysOff", "04/01/2027,02/01/2027")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var fresh = await CommuneReviewAsync("giao-duc", "Tin bắt đầu ở phiên bản mới");

        using var teacher = await factory.AsAsync(Commune, "thanhvien");
        using var health = await factory.AsAsync(Commune, "thanhvien.yte");
        Assert.Equal(HttpStatusCode.Forbidden, (await health.StepAsync(running, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(running, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.StepAsync(fresh, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await health.StepAsync(fresh, "approve")).StatusCode);
        Assert.Equal("02/01/2027, 04/01/2027", await factory.QueryAsync(Commune, db => db.Settings.Where(x => x.Key == "ExtraDaysOff").Select(x => x.Value).SingleAsync()));
        var versions = (await factory.InstanceAsync(Commune, running)).DefinitionVersion < (await factory.InstanceAsync(Commune, fresh)).DefinitionVersion;
        Assert.True(versions);
    }

    [Fact]
    public async Task Reminders_ShouldFireOnce_WhateverHowManyRunsSeeTheOverdueItem()
    {
        var id = await CommuneReviewAsync("y-te", "Tin y tế quá hạn");
        await factory.ApprovalAsync(Commune, db => db.Instances.Where(i => i.ContentItemId == id && i.CompletedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DueUtc, DateTime.UtcNow.AddHours(-1))));

        await Task.WhenAll(RunRemindersAsync(), RunRemindersAsync());
        await RunRemindersAsync();

        var notices = await factory.ApprovalAsync(Commune, db => db.Notices.AsNoTracking().Where(n => n.ContentItemId == id && n.Kind == "overdue").ToListAsync());
        var health = (await factory.FindUserAsync(Commune, "thanhvien.yte"))!.Id;
        var head = (await factory.FindUserAsync(Commune, "truongban"))!.Id;
        Assert.Single(notices, n => n.UserId == health);
        Assert.Single(notices, n => n.UserId == head);
        var otherField = (await factory.FindUserAsync(Commune, "thanhvien"))!.Id;
        Assert.DoesNotContain(notices, n => n.UserId == otherField);
        Assert.NotNull((await factory.InstanceAsync(Commune, id)).EscalatedUtc);
        using var member = await factory.AsAsync(Commune, "thanhvien.yte");
        Assert.Contains("Quá hạn xử lý", await member.GetStringAsync("admin/approval"));
    }

    [Fact]
    public async Task WholeDefinition_ShouldBeExportedAndImported_AndABrokenOneRefusedWithoutANewVersion()
    {
        using var head = await factory.AsAsync(School, "truongban");
        var exported = await head.GetAsync("admin/approval/routing/definition.json");
        var json = await exported.Content.ReadAsStringAsync();
        var before = await factory.ApprovalAsync(School, db => db.Definitions.CountAsync());

        var unreadable = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing/definition", ("json", "{ không phải JSON"));
        var broken = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing/definition", ("json", json.Replace("\"Trưởng ban biên tập\"", "\"Hiệu phó\"")));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("Không đọc được quy trình (JSON)", await unreadable.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("không có vai trò “Hiệu phó”", await broken.BodyAsync());
        Assert.Equal(before, await factory.ApprovalAsync(School, db => db.Definitions.CountAsync()));

        var imported = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing/definition", ("json", json));

        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(before + 1, await factory.ApprovalAsync(School, db => db.Definitions.CountAsync()));
    }

    [Fact]
    public async Task StepThatFailsHalfway_ShouldLeaveContentTimelineAuditAndOutboxAsTheyWere()
    {
        var id = await CommuneReviewAsync("thanh-nien", "Tin lỗi giữa chừng");
        // Make the timeline row fail after the content status was already written in the same transaction.
        await factory.QueryAsync(Commune, db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER fail_step BEFORE INSERT ON WorkflowSteps WHEN NEW.Comment = 'lỗi giữa chừng' BEGIN SELECT RAISE(ABORT, 'test'); END;"));
        var outbox = await factory.QueryAsync(Commune, db => db.Outbox.CountAsync());
        var audit = (await factory.AuditAsync(Commune, $"Article #{id}")).Count;
        using var youth = await factory.AsAsync(Commune, "thanhvien.doan");

        var response = await youth.StepAsync(id, "return", ("Comment", "lỗi giữa chừng"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(Portal.Abstractions.Content.ContentStatus.Submitted, (await factory.ItemAsync(id)).Status);
        Assert.Equal(ApprovalTemplates.Review, (await factory.InstanceAsync(Commune, id)).State);
        Assert.DoesNotContain(await factory.StepsAsync(Commune, id), s => s.Action == ApprovalActions.Return);
        Assert.Equal(outbox, await factory.QueryAsync(Commune, db => db.Outbox.CountAsync()));
        Assert.Equal(audit, (await factory.AuditAsync(Commune, $"Article #{id}")).Count);
        await factory.QueryAsync(Commune, db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER fail_step;"));
    }

    private async Task RunRemindersAsync()
    {
        using var scope = factory.TenantScope(Commune);
        var job = scope.ServiceProvider.GetRequiredService<DeadlineReminderJob>();
        await job.ExecuteAsync(new JobExecutionContext(DeadlineReminderJob.Name, Commune, null, DateTime.UtcNow), CancellationToken.None);
    }
}
