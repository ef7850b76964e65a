using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.ContentAdmin.Controllers;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>
/// Issue 12 §9: "save and publish" does both or neither. The fault run showed "Đã lưu và đăng nội dung." while the
/// site kept the old version, when another editor saved between the two steps; the seam puts that save there every time.
/// </summary>
public sealed class SaveAndPublishTests(ContentRaceFactory factory) : IClassFixture<ContentRaceFactory>
{
    [Fact]
    public async Task SaveAndPublish_ShouldSaveAndPublishNothing_AndSaySo_WhenAnotherEditorSavesInBetween()
    {
        using var kythuat = await factory.AsAsync("kythuat");
        var title = ContentAdminKit.Unique("Thông báo lịch tiếp công dân tháng 12");
        var (_, id) = await kythuat.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Bản đang đăng</p>"), ("Intent", "publish")]);
        var address = (await factory.ItemAsync(id)).Slug;
        var revision = await kythuat.RevisionAsync(id);
        factory.BeforePublishCommit(id, () => OtherEditorSavesAsync(id, title, "<p>Bản của trưởng ban</p>"));

        var response = await kythuat.EditAsync(id, [("Title", title), ("Body", "<p>Bản muốn đăng</p>"), ("Intent", "publish")], revision);

        Assert.False(factory.Armed(id), "the other editor's save did not run between the steps");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains(ContentController.NotPublishedBecauseOfConflict, page);
        Assert.Contains("data-testid=\"conflict\"", page);
        Assert.Contains("Bản của trưởng ban", page);
        Assert.Contains("Bản muốn đăng", page);
        var item = await factory.ItemAsync(id);
        var latest = await factory.LatestAsync(id);
        Assert.Equal(1, item.PublishedVersion);
        Assert.Equal(2, latest.Number);
        Assert.Equal("<p>Bản của trưởng ban</p>", latest.Body);
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        Assert.Contains("Bản đang đăng", await reader.GetStringAsync($"bai-viet/{address}"));
    }

    [Fact]
    public async Task SaveAndPublish_ShouldPublishTheSavedVersion_WhenNobodyElseSaves()
    {
        using var kythuat = await factory.AsAsync("kythuat");
        var title = ContentAdminKit.Unique("Thông báo tuyển dụng công chức xã");
        var (_, id) = await kythuat.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Bản 1</p>"), ("Intent", "draft")]);

        var response = await kythuat.EditAsync(id, [("Title", title), ("Body", "<p>Bản 2</p>"), ("Intent", "publish")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.ItemAsync(id);
        Assert.Equal(2, item.PublishedVersion);
        Assert.Equal(2, item.LatestVersion);
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        Assert.Contains("Bản 2", await reader.GetStringAsync($"bai-viet/{item.Slug}"));
        var audit = await factory.AuditAsync(ContentAdminKit.Commune, $"Article #{id}");
        Assert.Contains(audit, a => a.Action == "Published" && a.UserName == "kythuat");
    }

    /// <summary>The head saves through the service in a scope of their own, as their own request would.</summary>
    private async Task OtherEditorSavesAsync(int id, string title, string body)
    {
        using var scope = factory.TenantScope(ContentAdminKit.Commune);
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var head = (await factory.FindUserAsync(ContentAdminKit.Commune, "truongban"))!;
        var item = (await content.FindAsync(id))!;
        var saved = await content.SaveDraftAsync(id, item.Revision, new ContentDraft(title, null, body), head.Id);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));
    }
}
