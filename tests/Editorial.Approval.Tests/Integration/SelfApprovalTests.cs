using System.Net;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// The hole found in the first week: the head delegated a member's approval to the contributor, who approved his own
/// article "on behalf of" the member. Every path to a decision is tried over HTTP: direct, dated delegation, field-limited
/// delegation, a delegation row older than the check, reassignment. Own host: delegations change what the unit sees.
/// </summary>
public sealed class SelfApprovalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Commune = ApprovalKit.Commune;

    private static string Today => DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy");

    private async Task<string> UserIdAsync(string userName) => (await factory.FindUserAsync(Commune, userName))!.Id;

    /// <summary>An article by <paramref name="author"/>, submitted and classified into <paramref name="fieldCode"/> by the secretary.</summary>
    private async Task<int> InReviewAsync(string author, string fieldCode, string title)
    {
        using var writer = await factory.AsAsync(Commune, author);
        var id = await factory.DraftArticleAsync(writer, Commune, fieldCode, ContentAdminKit.Unique(title));
        Assert.Equal(HttpStatusCode.Redirect, (await writer.ActAsync(id, "submit")).StatusCode);
        using var office = await factory.AsAsync(Commune, "thuky");
        var field = await factory.FieldIdAsync(Commune, fieldCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        return id;
    }

    [Fact]
    public async Task Delegation_ShouldBeRefused_WhenTheDelegateIsAContributorOrTheAccountant()
    {
        using var head = await factory.AsAsync(Commune, "truongban");
        var before = await factory.ApprovalAsync(Commune, db => db.Delegations.CountAsync());

        foreach (var delegate_ in new[] { "ctv", "ketoan" })
        {
            var response = await head.PostFormAsync("admin/approval/delegations", "admin/approval/delegations",
                ("fromUserId", await UserIdAsync("thanhvien")), ("toUserId", await UserIdAsync(delegate_)), ("start", Today), ("end", Today));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Chỉ ủy quyền được cho thành viên Ban biên tập", await response.BodyAsync());
        }
        Assert.Equal(before, await factory.ApprovalAsync(Commune, db => db.Delegations.CountAsync()));
        var form = await head.GetStringAsync("admin/approval/delegations");
        var delegateList = form[form.IndexOf("id=\"toUserId\"", StringComparison.Ordinal)..];
        delegateList = delegateList[..delegateList.IndexOf("</select>", StringComparison.Ordinal)];
        Assert.DoesNotContain(await UserIdAsync("ctv"), delegateList);
        Assert.DoesNotContain(await UserIdAsync("ketoan"), delegateList);
    }

    [Fact]
    public async Task Contributor_ShouldNotApproveHisOwnArticle_UnderADelegationRecordedBeforeTheCheck()
    {
        var id = await InReviewAsync("ctv", "giao-duc", "Tin ctv tự duyệt");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var (member, contributor) = (await UserIdAsync("thanhvien"), await UserIdAsync("ctv"));
        await factory.ApprovalAsync(Commune, async db =>
        {
            db.Delegations.Add(new Delegation { FromUserId = member, ToUserId = contributor, StartDate = today, EndDate = today, CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var ctv = await factory.AsAsync(Commune, "ctv");

        var response = await ctv.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(id)).Status);
        Assert.DoesNotContain(await factory.StepsAsync(Commune, id), s => s.Action == ApprovalActions.Approve);
        Assert.DoesNotContain($"admin/approval/{id}\"", await ctv.GetStringAsync("admin/approval"));
    }

    [Fact]
    public async Task Member_ShouldNotApproveHisOwnArticle_UnderAFieldLimitedDelegation()
    {
        var id = await InReviewAsync("thanhvien.yte", "giao-duc", "Tin thành viên y tế viết về giáo dục");
        using var owner = await factory.AsAsync(Commune, "thanhvien");
        var field = await factory.FieldIdAsync(Commune, "giao-duc");
        var delegated = await owner.PostFormAsync("admin/approval/delegations", "admin/approval/delegations",
            ("toUserId", await UserIdAsync("thanhvien.yte")), ("start", Today), ("end", Today), ("fieldId", field.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, delegated.StatusCode);
        using var health = await factory.AsAsync(Commune, "thanhvien.yte");

        var own = await health.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("Không ai được tự phân loại, duyệt hoặc đăng bài do chính mình viết", await own.BodyAsync());
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(id)).Status);
        // Someone else's article of that field is still his to approve under the same delegation.
        var other = await InReviewAsync("ctv", "giao-duc", "Tin cộng tác viên về giáo dục");
        Assert.Equal(HttpStatusCode.Redirect, (await health.StepAsync(other, "approve")).StatusCode);
    }

    [Fact]
    public async Task Head_ShouldNotApproveOrPublishHisOwnArticle_Directly()
    {
        var id = await InReviewAsync("truongban", "giao-duc", "Bài của Trưởng ban");
        using var head = await factory.AsAsync(Commune, "truongban");

        Assert.Equal(HttpStatusCode.Forbidden, (await head.StepAsync(id, "approve")).StatusCode);
        Assert.DoesNotContain($"admin/approval/{id}\"", await head.GetStringAsync("admin/approval"));
        using var member = await factory.AsAsync(Commune, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await member.StepAsync(id, "approve")).StatusCode);
    }

    [Fact]
    public async Task TechnicalAdmin_ShouldNotPublishAnArticleThatCreditsHimAsSupplier()
    {
        using var writer = await factory.AsAsync(Commune, "ctv");
        var section = await factory.SectionForAsync(Portal.Core.Content.Types.ContentTypes.Article, Commune);
        var field = await factory.FieldIdAsync(Commune, "giao-duc");
        var technicalName = (await factory.FindUserAsync(Commune, "kythuat"))!.FullName;
        var (created, id) = await writer.CreateAsync(Portal.Core.Content.Types.ContentTypes.Article,
            [("Title", ContentAdminKit.Unique("Tin do kỹ thuật cung cấp")), ("Body", "<p>Nội dung.</p>"), ("SectionId", section?.ToString() ?? ""),
             ("FieldId", field.ToString()), ("Parts.SuppliedBy", technicalName), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.ActAsync(id, "submit")).StatusCode);
        using var office = await factory.AsAsync(Commune, "thuky");
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        using var member = await factory.AsAsync(Commune, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await member.StepAsync(id, "approve")).StatusCode);
        using var technical = await factory.AsAsync(Commune, "kythuat");

        var publish = await technical.StepAsync(id, "publish");

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Null((await factory.ItemAsync(id)).PublishedVersion);
    }

    [Fact]
    public async Task Reassign_ShouldOfferOnlyWhoMayTakeTheStep_AndRefuseTheAuthor()
    {
        var id = await InReviewAsync("thanhvien.doan", "giao-duc", "Tin của Bí thư Đoàn về giáo dục");
        using var office = await factory.AsAsync(Commune, "thuky");

        var page = await office.GetStringAsync($"admin/approval/{id}");
        var list = page[page.IndexOf("id=\"assignee\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</select>", StringComparison.Ordinal)];
        Assert.DoesNotContain(await UserIdAsync("thanhvien.doan"), list);
        Assert.DoesNotContain(await UserIdAsync("ketoan"), list);
        Assert.DoesNotContain(await UserIdAsync("ctv"), list);
        Assert.Contains(await UserIdAsync("thanhvien.yte"), list);

        var toAuthor = await office.StepAsync(id, "reassign", ("AssigneeId", await UserIdAsync("thanhvien.doan")));

        Assert.Equal(HttpStatusCode.BadRequest, toAuthor.StatusCode);
        Assert.Contains("không giao cho tác giả", await toAuthor.BodyAsync());
        Assert.Null((await factory.InstanceAsync(Commune, id)).AssigneeId);
    }
}
