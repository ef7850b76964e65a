using System.Net;
using Editorial.Approval.Tests.Integration;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>
/// Issue 13 defect 11: each role is shown only what it may use — no "+ Thêm mới" or titles that answer 403 for the accountant,
/// no one else's drafts in a contributor's list, no inbox or delegation entries for those who have no step to take or hand on.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RoleScopedScreensTests(PortalFactory factory)
{
    private const string Commune = ContentAdminKit.Commune;

    [Fact]
    public async Task ContentList_ShouldShowTheAccountantPublishedItemsReadOnly_AndNoCreateButtonNorDrafts()
    {
        using var member = await factory.AsAsync("thanhvien");
        var draftTitle = ContentAdminKit.Unique("Dự thảo kế hoạch chưa công bố");
        var draft = await factory.DraftArticleAsync(member, Commune, "giao-duc", draftTitle);
        using var accountant = await factory.AsAsync("ketoan");

        var list = await accountant.GetStringAsync("admin/content");

        Assert.DoesNotContain("data-testid=\"create-menu\"", list);
        Assert.DoesNotContain("admin/content/new/", list);
        Assert.DoesNotContain(draftTitle, list);
        Assert.DoesNotContain($"admin/content/{draft}\"", list);
        Assert.Contains("data-testid=\"read-only-title\"", list);
        Assert.DoesNotMatch("href=\"[^\"]*/admin/content/\\d+\"", list);
    }

    [Fact]
    public async Task ContentListAndFlowScreen_ShouldShowTheAccountantThePublishedTitle_NotTheNewerDraftsTitle()
    {
        var (id, published) = await factory.PublishedThroughTheFlowAsync("Tin đã đăng của cộng tác viên");
        using var contributor = await factory.AsAsync("ctv");
        var draftTitle = ContentAdminKit.Unique("Tiêu đề sửa chưa duyệt");
        var section = await factory.SectionForAsync(Portal.Core.Content.Types.ContentTypes.Article);
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.EditAsync(id,
            [("Title", draftTitle), ("Body", "<p>Bản sửa chưa duyệt.</p>"), ("SectionId", section!.Value.ToString()), ("Intent", "draft")])).StatusCode);
        using var accountant = await factory.AsAsync("ketoan");

        var list = await accountant.GetStringAsync($"admin/content?q={Uri.EscapeDataString(published)}");
        var searched = await accountant.GetStringAsync($"admin/content?q={Uri.EscapeDataString(draftTitle)}");
        var flow = await accountant.GetAsync($"admin/approval/{id}");

        Assert.Contains(published, list);
        Assert.DoesNotContain(draftTitle, list);
        Assert.DoesNotContain($"data-id=\"{id}\"", searched[searched.IndexOf("data-testid=\"content-list\"", StringComparison.Ordinal)..]);
        Assert.DoesNotContain(draftTitle, searched[searched.IndexOf("data-testid=\"content-list\"", StringComparison.Ordinal)..]);
        await accountant.AssertForbiddenAsync(flow);
        Assert.DoesNotContain(draftTitle, await flow.Content.ReadAsStringAsync());
        Assert.Contains(draftTitle, await contributor.GetStringAsync($"admin/content?q={Uri.EscapeDataString(draftTitle)}"));
    }

    [Fact]
    public async Task ContentList_ShouldShowAContributorHisOwnDrafts_ButNotOtherUsersDrafts()
    {
        using var member = await factory.AsAsync("thanhvien");
        var othersTitle = ContentAdminKit.Unique("Bản nháp riêng của thành viên");
        await factory.DraftArticleAsync(member, Commune, "giao-duc", othersTitle);
        using var contributor = await factory.AsAsync("ctv");
        var ownTitle = ContentAdminKit.Unique("Bản nháp của cộng tác viên");
        var own = await factory.DraftArticleAsync(contributor, Commune, "giao-duc", ownTitle);

        var list = await contributor.GetStringAsync("admin/content");
        var searched = await contributor.GetStringAsync($"admin/content?q={Uri.EscapeDataString(othersTitle)}");

        Assert.Contains(ownTitle, list);
        Assert.Contains($"admin/content/{own}\"", list);
        Assert.DoesNotContain(othersTitle, list);
        // The search box echoes the words typed; the table below must not hold the draft.
        Assert.DoesNotContain(othersTitle, searched[searched.IndexOf("data-testid=\"content-list\"", StringComparison.Ordinal)..]);
        Assert.Contains("data-testid=\"create-menu\"", list);
        Assert.Contains(othersTitle, await member.GetStringAsync($"admin/content?q={Uri.EscapeDataString(othersTitle)}"));
    }

    [Fact]
    public async Task Menu_ShouldOfferTheInboxAndDelegations_OnlyToThoseWhoTakeOrHandOnSteps()
    {
        using var accountant = await factory.AsAsync("ketoan");
        using var contributor = await factory.AsAsync("ctv");
        using var member = await factory.AsAsync("thanhvien");

        var accountantMenu = await accountant.GetStringAsync("admin");
        var contributorMenu = await contributor.GetStringAsync("admin");
        var memberMenu = await member.GetStringAsync("admin");

        Assert.DoesNotContain("href=\"/xa-dak-plo/admin/approval\"", accountantMenu);
        Assert.DoesNotContain("href=\"/xa-dak-plo/admin/approval/delegations\"", accountantMenu);
        await accountant.AssertForbiddenAsync(await accountant.GetAsync("admin/approval"));
        await accountant.AssertForbiddenAsync(await accountant.GetAsync("admin/approval/delegations"));
        Assert.Contains("href=\"/xa-dak-plo/admin/approval\"", contributorMenu);
        Assert.DoesNotContain("href=\"/xa-dak-plo/admin/approval/delegations\"", contributorMenu);
        await contributor.AssertForbiddenAsync(await contributor.GetAsync("admin/approval/delegations"));
        Assert.Contains("href=\"/xa-dak-plo/admin/approval\"", memberMenu);
        Assert.Contains("href=\"/xa-dak-plo/admin/approval/delegations\"", memberMenu);
    }
}
