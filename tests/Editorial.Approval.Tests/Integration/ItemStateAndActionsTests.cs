using System.Net;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// Issue 13 defect 8: the content and flow screens show the item's state and only the actions the user really has — no
/// "Gửi duyệt" on a published item with nothing new, no editable-looking form for an item a step holds, no direct publishing
/// of an item the flow holds.
/// </summary>
[Collection(ApprovalCollection.Name)]
public sealed class ItemStateAndActionsTests(PortalFactory factory)
{
    private const string Commune = BoardKit.Commune;

    [Fact]
    public async Task EditPage_ShouldSayUpFrontWhyEditingIsLocked_AndOfferNoSave_WhenTheItemWaitsOnAnotherStep()
    {
        var (id, _) = await factory.SubmittedByContributorAsync("Thôn Đắk Ung làm đường bê tông");
        using var author = await factory.AsAsync(Commune, "ctv");

        var page = await author.GetStringAsync($"admin/content/{id}");

        Assert.Contains("data-testid=\"edit-locked\"", page);
        Assert.Contains("Chờ Văn phòng tiếp nhận, phân loại", page);
        Assert.Contains("chỉ người xử lý bước này được sửa", page);
        Assert.DoesNotContain("name=\"Intent\" value=\"draft\"", page);
        Assert.Contains("<fieldset disabled=\"disabled\"", page);
        Assert.DoesNotContain("data-testid=\"submit-button\"", page);
        using var secretary = await factory.AsAsync(Commune, "thuky");
        var handler = await secretary.GetStringAsync($"admin/content/{id}");
        Assert.DoesNotContain("data-testid=\"edit-locked\"", handler);
        Assert.Contains("name=\"Intent\" value=\"draft\"", handler);
        Assert.Contains("data-testid=\"workflow-actions\"", handler);
    }

    [Fact]
    public async Task PublishedItem_ShouldOfferNoSubmission_UntilItHasANewVersion()
    {
        var (id, title) = await factory.PublishedThroughTheFlowAsync("Khánh thành nhà văn hóa thôn");
        using var author = await factory.AsAsync(Commune, "ctv");
        using var head = await factory.AsAsync(Commune, "truongban");

        var flowScreen = await author.GetStringAsync($"admin/approval/{id}");
        var headScreen = await head.GetStringAsync($"admin/approval/{id}");
        var editPage = await author.GetStringAsync($"admin/content/{id}");
        var resubmitted = await author.SubmitAsync(id);

        Assert.DoesNotContain($"/admin/approval/{id}/submit\"", flowScreen);
        Assert.Contains("data-testid=\"no-actions\"", flowScreen);
        Assert.DoesNotContain($"/admin/approval/{id}/submit\"", headScreen);
        Assert.Contains($"/admin/approval/{id}/takedown\"", headScreen);
        Assert.DoesNotContain("data-testid=\"submit-button\"", editPage);
        Assert.Equal(HttpStatusCode.BadRequest, resubmitted.StatusCode);
        Assert.Contains("chưa có phiên bản mới nào để gửi duyệt", await resubmitted.BodyAsync());
        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id)).Status);

        var section = await factory.SectionForAsync(ContentTypes.Article, Commune);
        var field = await factory.FieldIdAsync(Commune, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await author.EditAsync(id, [("Title", title + " (cập nhật)"), ("Body", "<p>Bổ sung số liệu.</p>"),
            ("SectionId", section!.Value.ToString()), ("FieldId", field.ToString()), ("Intent", "draft")])).StatusCode);
        Assert.Contains($"/admin/approval/{id}/submit\"", await author.GetStringAsync($"admin/approval/{id}"));
        Assert.Contains("data-testid=\"submit-button\"", await author.GetStringAsync($"admin/content/{id}"));
    }

    [Fact]
    public async Task ItemHeldByTheFlow_ShouldOfferNoDirectPublishing_ToAPublisher()
    {
        var (id, _) = await factory.PublishedThroughTheFlowAsync("Hội nghị tổng kết phong trào thi đua");
        using var technical = await factory.AsAsync(Commune, "kythuat");

        var page = await technical.GetStringAsync($"admin/content/{id}");

        Assert.DoesNotContain("name=\"Intent\" value=\"publish\"", page);
        Assert.DoesNotContain($"/admin/content/{id}/publish\"", page);
        Assert.DoesNotContain($"/admin/content/{id}/unpublish\"", page);
        Assert.Contains("data-testid=\"publish-in-flow\"", page);
        Assert.Contains("data-testid=\"workflow-step\"", page);
    }

    [Fact]
    public async Task FlowScreen_ShouldBeRefused_ToAContributorWhoNeitherWroteNorHandlesTheItem()
    {
        using var member = await factory.AsAsync(Commune, "thanhvien");
        var mine = await factory.DraftArticleAsync(member, Commune, "giao-duc", ContentAdminKit.Unique("Bản nháp của thành viên"));
        using var contributor = await factory.AsAsync(Commune, "ctv");
        using var accountant = await factory.AsAsync(Commune, "ketoan");

        var byContributor = await contributor.GetAsync($"admin/approval/{mine}");
        var byAccountant = await accountant.GetAsync($"admin/approval/{mine}");

        await contributor.AssertForbiddenAsync(byContributor);
        await accountant.AssertForbiddenAsync(byAccountant);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"admin/approval/{mine}")).StatusCode);
    }
}
