using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Core.Caching;

/// <summary>
/// The tags a cached public page carries, so a change evicts the pages it can show and keeps the others (ADR: targeted
/// eviction). Every page of a unit carries the unit's tag (a theme, menu or section change evicts them all). A page
/// is a <em>listing</em> (home, sections, feeds, sitemap, documents, albums, schedule…: anything a new or changed item
/// can appear in) unless its action says it shows only named items: an item's own page declares its item and the
/// items it links to, and is evicted when one of those changes. Pages that say nothing are listings, so a new page is
/// evicted by every change until it opts out.
/// </summary>
public static class PublicPageTags
{
    /// <summary>Every cached page of the unit.</summary>
    public static string Unit(string tenantName) => "tenant:" + tenantName;

    /// <summary>The unit's pages a new or changed item can appear on.</summary>
    public static string Listings(string tenantName) => $"tenant:{tenantName}:listings";

    /// <summary>The unit's pages that show item <paramref name="itemId"/> by name (its page, pages linking to it).</summary>
    public static string Item(string tenantName, int itemId) => $"tenant:{tenantName}:item:{itemId}";

    /// <summary>What a change of item <paramref name="itemId"/> evicts: the pages showing it and every listing.</summary>
    public static IReadOnlyList<string> EvictedBy(string tenantName, int itemId) => [Item(tenantName, itemId), Listings(tenantName)];

    /// <summary>The tags of a page when it is first cached (before its action narrows them).</summary>
    public static IEnumerable<string> ForNewPage(string tenantName) => [Unit(tenantName), Listings(tenantName)];

    /// <summary>
    /// The tags of a page that shows only <paramref name="itemIds"/> (an item's own page with its related links):
    /// the unit's and each item's, not the listings'.
    /// </summary>
    public static IEnumerable<string> ForItemPage(string tenantName, IEnumerable<int> itemIds) =>
        [Unit(tenantName), .. itemIds.Distinct().Select(id => Item(tenantName, id))];

    /// <summary>
    /// Called by an action whose page shows only <paramref name="itemIds"/>: the page is then evicted by a change of
    /// one of them (or of the whole unit), not by every change. No effect on requests the cache does not store.
    /// </summary>
    public static void ShowsOnlyItems(this HttpContext context, string tenantName, IEnumerable<int> itemIds)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { AllowCacheStorage: true } cache)
        {
            return;
        }
        cache.Tags.Remove(Listings(tenantName));
        foreach (var tag in ForItemPage(tenantName, itemIds))
        {
            cache.Tags.Add(tag);
        }
    }
}
