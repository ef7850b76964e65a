using System.Net;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// Issue 13: reviewers see the item as readers will, from the flow screen, without opening the editor — the latest version in
/// the public item page's layout, only for those who may read the draft, never cached.
/// </summary>
[Collection(ApprovalCollection.Name)]
public sealed class ReviewerPreviewTests(PortalFactory factory)
{
    private const string Commune = BoardKit.Commune;

    [Fact]
    public async Task Preview_ShouldShowTheLatestVersionInThePublicLayout_FromTheFlowScreen_AndNeverBeCached()
    {
        var (id, title) = await factory.SubmittedByContributorAsync("Lễ ra quân làm đường giao thông nông thôn");
        using var secretary = await factory.AsAsync(Commune, "thuky");

        var flowScreen = await secretary.GetStringAsync($"admin/approval/{id}");
        var response = await secretary.GetAsync($"admin/preview/{id}");
        var preview = await response.BodyAsync();

        Assert.Contains($"href=\"/xa-dak-plo/admin/preview/{id}\"", flowScreen);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, preview);
        Assert.Contains("Nội dung tin gửi duyệt.", preview);
        Assert.Contains("data-testid=\"preview-notice\"", preview);
        Assert.Contains("site-banner", preview);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.True(response.Headers.CacheControl.Private);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
    }

    [Fact]
    public async Task Preview_ShouldShowTheNewDraft_WhileReadersStillSeeThePublishedVersion()
    {
        var (id, title) = await factory.PublishedThroughTheFlowAsync("Hội thao truyền thống các dân tộc");
        using var author = await factory.AsAsync(Commune, "ctv");
        var section = await factory.SectionForAsync(ContentTypes.Article, Commune);
        var field = await factory.FieldIdAsync(Commune, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await author.EditAsync(id, [("Title", title), ("Body", "<p>Đoạn bổ sung chưa duyệt.</p>"),
            ("SectionId", section!.Value.ToString()), ("FieldId", field.ToString()), ("Intent", "draft")])).StatusCode);
        var slug = (await factory.ItemAsync(id)).Slug;

        var preview = await author.GetStringAsync($"admin/preview/{id}");
        var reader = await factory.ClientFor(Commune).GetStringAsync($"bai-viet/{slug}");

        Assert.Contains("Đoạn bổ sung chưa duyệt.", preview);
        Assert.Contains("bạn đọc đang xem phiên bản 1", preview);
        Assert.DoesNotContain("Đoạn bổ sung chưa duyệt.", reader);
    }

    [Fact]
    public async Task Preview_ShouldBeRefused_ToThoseWhoMayNotReadTheDraft()
    {
        var (id, _) = await factory.SubmittedByContributorAsync("Bản thảo chưa được xem");
        using var accountant = await factory.AsAsync(Commune, "ketoan");
        using var anonymous = factory.ClientFor(Commune);

        var byAccountant = await accountant.GetAsync($"admin/preview/{id}");
        var byAnonymous = await anonymous.GetAsync($"admin/preview/{id}");

        await accountant.AssertForbiddenAsync(byAccountant);
        Assert.Equal(HttpStatusCode.Redirect, byAnonymous.StatusCode);
        Assert.Contains("account/login", byAnonymous.Headers.Location!.OriginalString);
        Assert.DoesNotContain("Nội dung tin gửi duyệt.", await byAccountant.BodyAsync());
    }
}
