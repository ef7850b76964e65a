using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>Archiving takes an item off the site for good but keeps it, and raises the Archived event once.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentArchiveTests(PortalFactory factory)
{
    [Fact]
    public async Task Archive_ShouldTakeThePublishedItemOffTheSite_KeepItsVersions_AndRaiseOneEvent()
    {
        using var admin = await factory.AsAsync("quantri");
        var title = ContentAdminKit.Unique("Thông báo hết hiệu lực");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Nội dung cũ</p>"), ("Intent", "publish")]);
        var slug = (await factory.ItemAsync(id)).Slug;
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"bai-viet/{slug}")).StatusCode);

        var archived = await admin.ActAsync(id, "archive");
        var again = await admin.ActAsync(id, "archive");

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var item = await factory.ItemAsync(id);
        Assert.Equal(ContentStatus.Archived, item.Status);
        Assert.Null(item.PublishedVersion);
        Assert.False(item.IsDeleted);
        Assert.Equal("<p>Nội dung cũ</p>", (await factory.LatestAsync(id)).Body);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"bai-viet/{slug}")).StatusCode);
        Assert.Contains("Nội dung đã được lưu trữ.", await admin.GetStringAsync($"admin/content/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var events = await factory.QueryAsync(ContentAdminKit.Commune, db => db.Outbox.AsNoTracking()
            .Where(m => m.Payload.Contains($"\"ContentItemId\":{id},")).Select(m => m.Payload).ToListAsync());
        Assert.Single(events, p => System.Text.Json.JsonSerializer.Deserialize<ContentEvent>(p)!.Kind == ContentEventKind.Archived);
    }

    [Fact]
    public async Task Contributor_ShouldNotArchive()
    {
        using var admin = await factory.AsAsync("quantri");
        using var ctv = await factory.AsAsync("ctv");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", ContentAdminKit.Unique("Tin đã đăng")), ("Body", "<p>x</p>"), ("Intent", "publish")]);

        await ctv.AssertForbiddenAsync(await ctv.ActAsync(id, "archive"));

        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id)).Status);
    }
}
