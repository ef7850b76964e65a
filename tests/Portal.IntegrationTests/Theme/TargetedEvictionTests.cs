using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Theme;

/// <summary>
/// A publish evicts the cached pages that can show the item (its page, its section and the section's feed, the home
/// page, the sitemap) and keeps the other items' pages. A page served from the output cache carries an Age header.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TargetedEvictionTests(PortalFactory factory)
{
    private const string Unit = "xa-dak-plo";

    [Fact]
    public async Task PublishingAnItem_ShouldEvictItsPagesAndListings_ButNotAnUnrelatedItemsPage()
    {
        var (a, sectionA) = await PublishNewAsync("Xã ra quân dọn vệ sinh môi trường đầu xuân", sectionIndex: 0);
        var (b, _) = await PublishNewAsync("Trạm y tế xã tiêm chủng mở rộng đợt hai", sectionIndex: 1);
        using var reader = factory.ClientFor(Unit);
        string[] evicted = [$"bai-viet/{a.Slug}", $"chuyen-muc/{sectionA}", $"chuyen-muc/{sectionA}/rss", "", "sitemap.xml"];
        var kept = $"bai-viet/{b.Slug}";
        foreach (var page in evicted.Append(kept))
        {
            await FromCacheAsync(reader, page);
            Assert.True(await FromCacheAsync(reader, page), $"/{page} should be cached before the change");
        }

        // A new summary, not a new title: a new title moves the item's address (the old one redirects).
        await RepublishAsync(a.Id, title: null, summary: "Tóm tắt mới: cả xã cùng ra quân");

        foreach (var page in evicted)
        {
            Assert.False(await FromCacheAsync(reader, page), $"/{page} should be evicted by publishing the item");
        }
        Assert.True(await FromCacheAsync(reader, kept), "an unrelated item's page should stay cached");
    }

    [Fact]
    public async Task ChangingAnItem_ShouldEvictTheOtherPagesThatLinkToIt()
    {
        const string olderTitle = "Hội nghị tổng kết công tác dân số năm 2025";
        var (older, section) = await PublishNewAsync(olderTitle, sectionIndex: 2);
        var (newer, _) = await PublishNewAsync("Hội nghị triển khai công tác dân số năm 2026", sectionIndex: 2);
        using var reader = factory.ClientFor(Unit);
        var page = $"bai-viet/{newer.Slug}";
        Assert.Contains(olderTitle, await reader.GetStringAsync(page));
        Assert.True(await FromCacheAsync(reader, page), $"/{page} should be cached before the change ({section})");

        await RepublishAsync(older.Id, title: "Hội nghị tổng kết công tác dân số và gia đình năm 2025");

        Assert.False(await FromCacheAsync(reader, page), "a page listing the changed item among its related links should be evicted");
        Assert.Contains("Hội nghị tổng kết công tác dân số và gia đình năm 2025", await reader.GetStringAsync(page));
    }

    private static async Task<bool> FromCacheAsync(PortalClient reader, string page)
    {
        using var response = await reader.GetAsync(page);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }

    /// <summary>Creates and publishes an article in the unit's n-th article section; returns it and the section's slug.</summary>
    private async Task<(ContentItem Item, string SectionSlug)> PublishNewAsync(string title, int sectionIndex)
    {
        using var scope = factory.TenantScope(Unit);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var sections = await db.Sections.AsNoTracking().Where(s => s.ContentTypes.Contains("Article") && s.ParentId != null).OrderBy(s => s.Id).ToListAsync();
        var section = sections[sectionIndex % sections.Count];
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var created = await content.CreateAsync("Article", new ContentDraft(title, "Tóm tắt: " + title, "<p>Nội dung bài viết.</p>", "{}", section.Id), null);
        var published = await content.PublishAsync(created.Value!.Id, null);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors));
        return (published.Value!, section.Slug);
    }

    /// <summary>Saves and publishes a new version of the item with the given title or summary (null: unchanged).</summary>
    private async Task RepublishAsync(int id, string? title = null, string? summary = null)
    {
        using var scope = factory.TenantScope(Unit);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var item = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id);
        var version = await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == id).OrderByDescending(v => v.Id).FirstAsync();
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var result = await content.SaveAndPublishAsync(id, item.Revision,
            new ContentDraft(title ?? version.Title, summary ?? version.Summary, version.Body, version.Parts, item.SectionId), null);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}
