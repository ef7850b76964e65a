using System.Net;
using Editorial.Approval.Definitions;
using Portal.Abstractions.Content;

namespace Editorial.Approval.Tests.Integration;

/// <summary>The server enforces each step whatever the screen shows: field ownership, roles, reasons, stale decisions.</summary>
[Collection(ApprovalCollection.Name)]
public sealed class ReviewRulesTests(PortalFactory factory)
{
    private const string Tenant = ApprovalKit.Commune;

    /// <summary>An article by the contributor in <paramref name="fieldCode"/>, classified by the office and waiting for field review.</summary>
    private async Task<int> InReviewAsync(string fieldCode, string title)
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, fieldCode, ContentAdminKit.Unique(title));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id)).StatusCode);
        using var office = await factory.AsAsync(Tenant, "phoban");
        var field = await factory.FieldIdAsync(Tenant, fieldCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        return id;
    }

    [Fact]
    public async Task Approve_ShouldBeForbidden_WhenTheMemberOwnsAnotherField()
    {
        var id = await InReviewAsync("giao-duc", "Tin giáo dục chờ duyệt");
        using var health = await factory.AsAsync(Tenant, "thanhvien.yte");

        var response = await health.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền", await response.BodyAsync());
        Assert.Equal(ApprovalTemplates.Review, (await factory.InstanceAsync(Tenant, id)).State);
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(id)).Status);
        Assert.DoesNotContain($"admin/approval/{id}\"", await health.GetStringAsync("admin/approval"));
    }

    [Fact]
    public async Task Contributor_ShouldNotPublish_ThroughTheFlowOrAroundIt()
    {
        var id = await InReviewAsync("giao-duc", "Tin cộng tác viên muốn tự đăng");
        using var member = await factory.AsAsync(Tenant, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await member.StepAsync(id, "approve")).StatusCode);
        using var ctv = await factory.AsAsync(Tenant, "ctv");

        var throughFlow = await ctv.StepAsync(id, "publish");
        var aroundFlow = await ctv.ActAsync(id, "publish");

        Assert.Equal(HttpStatusCode.Forbidden, throughFlow.StatusCode);
        await ctv.AssertForbiddenAsync(aroundFlow);
        Assert.Equal(ContentStatus.Approved, (await factory.ItemAsync(id)).Status);
    }

    [Fact]
    public async Task DirectPublish_ShouldBeRefused_WhileTheItemIsUnderReview()
    {
        var id = await InReviewAsync("y-te", "Tin y tế chưa duyệt");
        using var technical = await factory.AsAsync(Tenant, "kythuat");

        var response = await technical.ActAsync(id, "publish");
        var archive = await technical.ActAsync(id, "archive");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đang trong quy trình duyệt", await response.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, archive.StatusCode);
        Assert.Null((await factory.ItemAsync(id)).PublishedVersion);
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(id)).Status);
    }

    [Fact]
    public async Task Refuse_ShouldNeedAReasonAndAComment_AndChangeNothingWithout()
    {
        var id = await InReviewAsync("thanh-nien", "Tin đoàn thanh niên bị từ chối");
        using var youth = await factory.AsAsync(Tenant, "thanhvien.doan");

        var noReason = await youth.StepAsync(id, "refuse", ("Comment", "Trùng tin đã đăng"));
        var badReason = await youth.StepAsync(id, "refuse", ("ReasonCode", "f"), ("Comment", "Trùng tin đã đăng"));
        var noComment = await youth.StepAsync(id, "refuse", ("ReasonCode", "d"));

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Vui lòng chọn lý do từ chối theo Điều 13.3", await noReason.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Contains("Vui lòng ghi ý kiến khi từ chối.", await noComment.BodyAsync());
        Assert.Equal(ApprovalTemplates.Review, (await factory.InstanceAsync(Tenant, id)).State);

        var refused = await youth.StepAsync(id, "refuse", ("ReasonCode", "d"), ("Comment", "Trùng tin đã đăng tuần trước"));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(ContentStatus.Rejected, (await factory.ItemAsync(id)).Status);
        var last = (await factory.StepsAsync(Tenant, id))[^1];
        Assert.Equal(("d", "Trùng tin đã đăng tuần trước"), (last.ReasonCode, last.Comment));
        Assert.Contains(RefusalReasons.All["d"], await youth.GetStringAsync($"admin/approval/{id}"));
    }

    [Fact]
    public async Task Return_ShouldLetTheAuthorEditAndResubmit_KeepingTheLoopInHistory()
    {
        var id = await InReviewAsync("dang-doan-the", "Tin mặt trận cần bổ sung");
        using var propaganda = await factory.AsAsync(Tenant, "thanhvien.tuyengiao");
        Assert.Equal(HttpStatusCode.BadRequest, (await propaganda.StepAsync(id, "return")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await propaganda.StepAsync(id, "return", ("Comment", "Bổ sung tên người phát biểu"))).StatusCode);
        Assert.Equal(ContentStatus.Returned, (await factory.ItemAsync(id)).Status);

        using var ctv = await factory.AsAsync(Tenant, "ctv");
        // The inbox narrows open items in SQL before judging them: a returned item reaches its author by authorship alone.
        Assert.Contains($"admin/approval/{id}\"", await ctv.GetStringAsync("admin/approval"));
        var latest = await factory.LatestAsync(id);
        await ctv.EditAsync(id, [("Title", latest.Title), ("Body", "<p>Ông A phát biểu.</p>"), ("SectionId", latest.SectionId?.ToString() ?? ""),
            ("FieldId", latest.FieldId?.ToString() ?? ""), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);

        var steps = await factory.StepsAsync(Tenant, id);
        Assert.Equal([ApprovalActions.Submit, ApprovalActions.Classify, ApprovalActions.Return, ApprovalActions.Resubmit], steps.Select(s => s.Action));
        Assert.True(steps[^1].ContentVersion > steps[^2].ContentVersion);
        Assert.Equal(ApprovalTemplates.Classify, (await factory.InstanceAsync(Tenant, id)).State);
    }

    [Fact]
    public async Task RefusedItem_ShouldBeEditableAndResubmittableByItsAuthor_KeepingTheRefusalInTheTimeline()
    {
        var id = await InReviewAsync("thanh-nien", "Tin bị từ chối rồi sửa gửi lại");
        using var youth = await factory.AsAsync(Tenant, "thanhvien.doan");
        Assert.Equal(HttpStatusCode.Redirect, (await youth.StepAsync(id, "refuse", ("ReasonCode", "d"), ("Comment", "Trùng tin đã đăng"))).StatusCode);
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        Assert.Contains("data-testid=\"submit-button\"", await ctv.GetStringAsync($"admin/content/{id}"));

        var latest = await factory.LatestAsync(id);
        var edited = await ctv.EditAsync(id, [("Title", latest.Title), ("Body", "<p>Tin viết lại, không trùng.</p>"), ("SectionId", latest.SectionId?.ToString() ?? ""),
            ("FieldId", latest.FieldId?.ToString() ?? ""), ("Intent", "draft")]);
        var resubmitted = await ctv.ActAsync(id, "submit");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(id)).Status);
        Assert.Equal(ApprovalTemplates.Classify, (await factory.InstanceAsync(Tenant, id)).State);
        var steps = await factory.StepsAsync(Tenant, id);
        Assert.Equal([ApprovalActions.Submit, ApprovalActions.Classify, ApprovalActions.Refuse, ApprovalActions.Submit], steps.Select(s => s.Action));
        Assert.True(steps[^1].ContentVersion > steps[^2].ContentVersion);
        var timeline = await ctv.GetStringAsync($"admin/approval/{id}");
        Assert.Contains(RefusalReasons.All["d"], timeline);
        Assert.Contains("Gửi lại sau khi bị từ chối đăng.", timeline);
    }

    [Fact]
    public async Task SecondReviewer_ShouldBeTold_WhenTheFirstDecidedMeanwhile()
    {
        var id = await InReviewAsync("giao-duc", "Tin hai người cùng duyệt");
        using var member = await factory.AsAsync(Tenant, "thanhvien");
        using var head = await factory.AsAsync(Tenant, "truongban");
        var seenByHead = await head.ApprovalRevisionAsync(id);

        var first = await member.StepAsync(id, "approve");
        var second = await head.PostFormAsync($"admin/approval/{id}", $"admin/approval/{id}/refuse",
            ("Revision", seenByHead), ("ReasonCode", "a"), ("Comment", "Không thuộc phạm vi"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("vừa được người khác xử lý", await second.BodyAsync());
        Assert.Equal(ContentStatus.Approved, (await factory.ItemAsync(id)).Status);
    }

    [Fact]
    public async Task TwoReviewersAtOnce_ShouldLeaveExactlyOneDecision()
    {
        var id = await InReviewAsync("giao-duc", "Tin duyệt đồng thời");
        using var member = await factory.AsAsync(Tenant, "thanhvien");
        using var head = await factory.AsAsync(Tenant, "truongban");
        var revision = await member.ApprovalRevisionAsync(id);

        var responses = await Task.WhenAll(
            member.PostFormAsync($"admin/approval/{id}", $"admin/approval/{id}/approve", ("Revision", revision)),
            head.PostFormAsync($"admin/approval/{id}", $"admin/approval/{id}/approve", ("Revision", revision)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.BadRequest);
        Assert.Single(await factory.StepsAsync(Tenant, id), s => s.Action == ApprovalActions.Approve);
    }

    [Fact]
    public async Task MediaCentreItems_ShouldSkipTheCommunesReview()
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, "van-hoa-thong-tin", ContentAdminKit.Unique("Tin trung tâm huyện"));

        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id, ("Source", "trung-tam-huyen"))).StatusCode);

        Assert.Equal(ApprovalTemplates.ToPublish, (await factory.InstanceAsync(Tenant, id)).State);
        Assert.Equal(ContentStatus.Approved, (await factory.ItemAsync(id)).Status);
        Assert.Contains("bỏ qua", (await factory.StepsAsync(Tenant, id))[0].Comment);
    }

    [Fact]
    public async Task Approve_ShouldBeRefused_WhenQuotedMaterialLacksItsSource()
    {
        var id = await InReviewAsync("giao-duc", "Tin trích dẫn thiếu nguồn");
        // A board edit that names a quoted author but no source or date (saved before review started is impossible; the check runs again here).
        await factory.QueryAsync(Tenant, async db =>
        {
            var item = await db.ContentItems.FindAsync(id);
            var version = db.ContentVersions.Single(v => v.ContentItemId == id && v.Number == item!.LatestVersion);
            version.Parts = "{\"sourceAuthor\":\"Nguyễn Văn A\"}";
            return await db.SaveChangesAsync();
        });
        using var member = await factory.AsAsync(Tenant, "thanhvien");

        var response = await member.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApprovalTemplates.Review, (await factory.InstanceAsync(Tenant, id)).State);
    }

    [Fact]
    public async Task SaveAndPublish_ShouldBeRefused_WhileTheItemIsUnderReview()
    {
        var id = await InReviewAsync("y-te", "Tin y tế sửa rồi đăng luôn");
        using var head = await factory.AsAsync(Tenant, "truongban");
        var latest = await factory.LatestAsync(id);

        var response = await head.EditAsync(id, [("Title", latest.Title), ("Body", "<p>Sửa và đăng</p>"), ("SectionId", latest.SectionId?.ToString() ?? ""),
            ("FieldId", latest.FieldId?.ToString() ?? ""), ("Intent", "publish")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đang trong quy trình duyệt", await response.BodyAsync());
        Assert.Null((await factory.ItemAsync(id)).PublishedVersion);
        Assert.Contains("data-testid=\"workflow-link\"", await head.GetStringAsync($"admin/content/{id}"));
    }

    [Fact]
    public async Task Reassign_ShouldLetTheAssigneeApprove_AndClaimShouldRecordWhoTookIt()
    {
        var id = await InReviewAsync("thanh-nien", "Tin giao cho người khác");
        using var youth = await factory.AsAsync(Tenant, "thanhvien.doan");
        Assert.Equal(HttpStatusCode.Redirect, (await youth.StepAsync(id, "claim")).StatusCode);
        Assert.Equal((await factory.FindUserAsync(Tenant, "thanhvien.doan"))!.Id, (await factory.InstanceAsync(Tenant, id)).AssigneeId);

        using var office = await factory.AsAsync(Tenant, "thuky");
        var secretary = (await factory.FindUserAsync(Tenant, "thuky"))!.Id;
        Assert.Equal(HttpStatusCode.BadRequest, (await office.StepAsync(id, "reassign")).StatusCode);
        var toContributor = await office.StepAsync(id, "reassign", ("AssigneeId", (await factory.FindUserAsync(Tenant, "ctv"))!.Id));
        Assert.Equal(HttpStatusCode.BadRequest, toContributor.StatusCode);
        Assert.Contains("Chỉ giao được cho thành viên Ban biên tập.", await toContributor.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "reassign", ("AssigneeId", secretary))).StatusCode);
        // The secretary may approve only as the assignee, which is how the inbox must find the item.
        Assert.Contains($"admin/approval/{id}\"", await office.GetStringAsync("admin/approval"));
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "approve")).StatusCode);

        Assert.Equal([ApprovalActions.Submit, ApprovalActions.Classify, ApprovalActions.Claim, ApprovalActions.Reassign, ApprovalActions.Approve],
            (await factory.StepsAsync(Tenant, id)).Select(s => s.Action));
    }

    [Fact]
    public async Task Dashboard_ShouldCountItemsByStep_ForTheBoard()
    {
        await InReviewAsync("giao-duc", "Tin cho bảng theo dõi");
        using var head = await factory.AsAsync(Tenant, "truongban");
        using var ctv = await factory.AsAsync(Tenant, "ctv");

        var page = await head.GetStringAsync("admin/approval/dashboard");

        Assert.Contains("Chờ thành viên phụ trách lĩnh vực duyệt", page);
        await ctv.AssertForbiddenAsync(await ctv.GetAsync("admin/approval/dashboard"));
    }

    [Fact]
    public async Task Author_ShouldNotEditWhileTheItemWaitsOnAReviewer_ButTheReviewerMay()
    {
        var id = await InReviewAsync("giao-duc", "Tin tác giả sửa khi đang duyệt");
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        using var member = await factory.AsAsync(Tenant, "thanhvien");
        var latest = await factory.LatestAsync(id);
        (string, string)[] Form(string body) => [("Title", latest.Title), ("Body", body), ("SectionId", latest.SectionId?.ToString() ?? ""),
            ("FieldId", latest.FieldId?.ToString() ?? ""), ("Intent", "draft")];

        var byAuthor = await ctv.EditAsync(id, Form("<p>Tác giả sửa sau khi gửi</p>"));
        var byReviewer = await member.EditAsync(id, Form("<p>Thành viên biên tập lại</p>"));

        Assert.Equal(HttpStatusCode.BadRequest, byAuthor.StatusCode);
        Assert.Contains("chỉ người xử lý bước này được sửa", await byAuthor.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, byReviewer.StatusCode);
        Assert.Equal("<p>Thành viên biên tập lại</p>", (await factory.LatestAsync(id)).Body);
        Assert.Equal(latest.Number + 1, (await factory.LatestAsync(id)).Number);
    }
}
