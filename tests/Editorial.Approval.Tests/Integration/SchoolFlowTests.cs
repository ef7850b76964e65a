using System.Net;
using Editorial.Approval.Definitions;
using Portal.Abstractions.Content;
using Portal.Abstractions.Security;

namespace Editorial.Approval.Tests.Integration;

/// <summary>The school's default flow (seed 003): the field's member or the deputy head under the head's standing delegation.</summary>
[Collection(ApprovalCollection.Name)]
public sealed class SchoolFlowTests(PortalFactory factory)
{
    private const string Tenant = ApprovalKit.School;

    private async Task<int> SubmittedAsync(string fieldCode, string title)
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, fieldCode, ContentAdminKit.Unique(title));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        return id;
    }

    [Fact]
    public async Task FieldMember_ShouldApprove_AndTheTechnicalTeamPublish()
    {
        var id = await SubmittedAsync("doi-sao-nhi-dong", "Liên đội tổ chức ngày hội");
        Assert.Equal(ApprovalTemplates.Review, (await factory.InstanceAsync(Tenant, id)).State);
        using var pioneer = await factory.AsAsync(Tenant, "thanhvien.doi");
        using var technical = await factory.AsAsync(Tenant, "kythuat");

        Assert.Equal(HttpStatusCode.Redirect, (await pioneer.StepAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish")).StatusCode);

        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id, Tenant)).Status);
        Assert.Null((await factory.InstanceAsync(Tenant, id)).DueUtc);
    }

    [Fact]
    public async Task TakeDown_ShouldNeedAReason_ThenRemoveTheItemFromTheSite()
    {
        var id = await SubmittedAsync("doi-sao-nhi-dong", "Tin cần gỡ xuống");
        using var pioneer = await factory.AsAsync(Tenant, "thanhvien.doi");
        using var technical = await factory.AsAsync(Tenant, "kythuat");
        using var deputy = await factory.AsAsync(Tenant, "phoban");
        Assert.Equal(HttpStatusCode.Redirect, (await pioneer.StepAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish")).StatusCode);

        var noReason = await deputy.StepAsync(id, "takedown");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Vui lòng ghi lý do gỡ xuống.", await noReason.BodyAsync());
        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id, Tenant)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await deputy.StepAsync(id, "takedown", ("Comment", "Ảnh học sinh chưa xin phép phụ huynh"))).StatusCode);

        var item = await factory.ItemAsync(id, Tenant);
        Assert.Equal(ContentStatus.Unpublished, item.Status);
        Assert.Null(item.PublishedVersion);
        var pass = await factory.InstanceAsync(Tenant, id);
        Assert.Equal((ApprovalTemplates.TakenDown, true), (pass.State, pass.CompletedUtc is not null));
    }

    [Fact]
    public async Task DeputyHead_ShouldApproveOnBehalfOfTheHead_UnderTheStandingDelegation()
    {
        var id = await SubmittedAsync("co-so-vat-chat", "Sửa chữa phòng học bán trú");
        using var deputy = await factory.AsAsync(Tenant, "phoban");

        Assert.Equal(HttpStatusCode.Redirect, (await deputy.StepAsync(id, "approve")).StatusCode);

        var approve = (await factory.StepsAsync(Tenant, id)).Single(s => s.Action == ApprovalActions.Approve);
        Assert.Equal(BuiltInRoles.Head, approve.OnBehalfOfName);
        var audit = await factory.AuditAsync(Tenant, $"Article #{id}");
        Assert.Contains(audit, a => a.Action == ApprovalActions.Approve && a.OnBehalfOf == BuiltInRoles.Head);
        Assert.Contains("thay mặt", await deputy.GetStringAsync($"admin/approval/{id}"));
    }

    [Fact]
    public async Task Member_ShouldNotApprove_OutsideTheirField()
    {
        var id = await SubmittedAsync("cong-doan", "Công đoàn thăm hỏi giáo viên");
        using var teacher = await factory.AsAsync(Tenant, "thanhvien");

        var response = await teacher.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(id, Tenant)).Status);
    }

    [Fact]
    public async Task PublishAtATime_ShouldScheduleTheItem_AndKeepItWaitingToBePublished()
    {
        var id = await SubmittedAsync("chuyen-mon", "Hội giảng cấp trường");
        using var teacher = await factory.AsAsync(Tenant, "thanhvien");
        using var technical = await factory.AsAsync(Tenant, "kythuat");
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(id, "approve")).StatusCode);

        var past = await technical.StepAsync(id, "publish", ("PublishAt", "01/01/2020 08:00"));
        var malformed = await technical.StepAsync(id, "publish", ("PublishAt", "2030-01-01"));
        var later = await technical.StepAsync(id, "publish", ("PublishAt", "02/01/2035 08:00"));

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("phải ở tương lai", await past.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        var item = await factory.ItemAsync(id, Tenant);
        Assert.Equal(new DateTime(2035, 1, 2, 1, 0, 0, DateTimeKind.Utc), item.ScheduledPublishUtc);
        Assert.Null(item.PublishedVersion);
        Assert.Equal(ApprovalTemplates.ToPublish, (await factory.InstanceAsync(Tenant, id)).State);
    }

    [Fact]
    public async Task ScheduledPublish_ShouldMoveThePassToPublished_WhenTheJobPublishesIt()
    {
        var id = await SubmittedAsync("chuyen-mon", "Thi giáo viên dạy giỏi");
        using var teacher = await factory.AsAsync(Tenant, "thanhvien");
        using var technical = await factory.AsAsync(Tenant, "kythuat");
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(id, "approve")).StatusCode);
        var at = DateTime.UtcNow.AddHours(7).AddDays(2);
        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish", ("PublishAt", at.ToString("dd/MM/yyyy HH:mm")))).StatusCode);

        using (var scope = factory.TenantScope(Tenant))
        {
            var job = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<Portal.Core.Content.ScheduledPublishingJob>(scope.ServiceProvider, new ShiftedClock(TimeSpan.FromDays(3)));
            await job.ExecuteAsync(new Portal.Abstractions.Jobs.JobExecutionContext(Portal.Core.Content.ScheduledPublishingJob.Name, Tenant, null, DateTime.UtcNow), CancellationToken.None);
        }

        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id, Tenant)).Status);
        var pass = await factory.InstanceAsync(Tenant, id);
        Assert.Equal(ApprovalTemplates.Published, pass.State);
        Assert.Contains(await factory.StepsAsync(Tenant, id), s => s.Action == ApprovalActions.Publish && s.UserId == null);
    }

    private sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }
}
