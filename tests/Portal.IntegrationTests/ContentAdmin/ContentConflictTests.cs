using System.Net;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>Two editors on one item: the second save with a stale revision is a 409 showing both texts, and nothing is overwritten.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentConflictTests(PortalFactory factory)
{
    [Fact]
    public async Task SecondEditor_ShouldGet409WithBothVersions_AndFirstTextShouldStay()
    {
        using var first = await factory.AsAsync("quantri");
        using var second = await factory.AsAsync("truongban");
        var title = ContentAdminKit.Unique("Tin họp dân");
        var (_, id) = await first.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Bản gốc</p>"), ("Intent", "draft")]);
        var revisionSeenByBoth = await second.RevisionAsync(id);

        var saved = await first.EditAsync(id, [("Title", title), ("Body", "<p>Sửa của người thứ nhất</p>"), ("Intent", "draft")], revisionSeenByBoth);
        var conflict = await second.EditAsync(id, [("Title", title), ("Body", "<p>Sửa của người thứ hai</p>"), ("Intent", "draft")], revisionSeenByBoth);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await conflict.BodyAsync();
        Assert.Contains("data-testid=\"conflict\"", page);
        Assert.Contains("Sửa của người thứ nhất", page);
        Assert.Contains("Sửa của người thứ hai", page);
        var latest = await factory.LatestAsync(id);
        Assert.Equal("<p>Sửa của người thứ nhất</p>", latest.Body);
        Assert.Equal(2, latest.Number);
    }
}
