using System.Net;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>
/// Issue 12 §8: versions and their differences show unpublished text, so the history follows the editor's rule —
/// whoever may open the item in the editor may read its history; a contributor or the accountant may not read others'.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContentHistoryAccessTests(PortalFactory factory)
{
    [Theory]
    [InlineData("ctv")]
    [InlineData("ketoan")]
    public async Task History_ShouldBeRefused_WhenTheUserMayNotEditAnotherUsersDraft(string userName)
    {
        using var admin = await factory.AsAsync("quantri");
        var secret = ContentAdminKit.Unique("Dự thảo quyết định nhân sự chưa công bố");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", ContentAdminKit.Unique("Tin nháp")), ("Body", "<p>Bản 1</p>"), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.EditAsync(id, [("Title", secret), ("Body", "<p>Nội dung mật</p>"), ("Intent", "draft")])).StatusCode);
        using var other = await factory.AsAsync(userName);

        var history = await other.GetAsync($"admin/content/{id}/history");
        var diff = await other.GetAsync($"admin/content/{id}/history?from=1&to=2");

        await other.AssertForbiddenAsync(history);
        await other.AssertForbiddenAsync(diff);
    }

    [Theory]
    [InlineData("ctv")]
    [InlineData("truongban")]
    public async Task History_ShouldOpen_ForTheAuthorAndForThoseWhoEditEveryItem(string reader)
    {
        using var ctv = await factory.AsAsync("ctv");
        var title = ContentAdminKit.Unique("Bài của cộng tác viên");
        var (_, id) = await ctv.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Bản 1</p>"), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.EditAsync(id, [("Title", title), ("Body", "<p>Bản 2</p>"), ("Intent", "draft")])).StatusCode);
        using var client = await factory.AsAsync(reader);

        var history = await client.GetAsync($"admin/content/{id}/history?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Contains(title, await history.BodyAsync());
    }
}
