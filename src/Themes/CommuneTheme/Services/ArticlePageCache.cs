using CommuneTheme.ViewModels;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Portal.Core.Caching;

namespace CommuneTheme.Services;

/// <summary>
/// What an article page shows besides the chrome — the item, its section, related links, the prepared bodies and the
/// sizes of its pictures — kept in memory between renders for readers, so a page the output cache cannot serve (a
/// query string it has not seen, a request it must not store) is drawn without reading the unit's database
/// (docs/PERFORMANCE.md, issue 13). A copy is used only while the unit's <see cref="UnitContentGenerations"/> and
/// <see cref="UnitSiteGenerations"/> are the ones it was read at (any content event, section or theme change moves
/// them) and for at most <see cref="Lifetime"/>, like the cached pages. Bounded by size: least recently used copies go first.
/// </summary>
public sealed class ArticlePageCache : IDisposable
{
    /// <summary>The same ceiling as the cached pages (<see cref="PublicPageCachePolicy.Lifetime"/>).</summary>
    public static readonly TimeSpan Lifetime = PublicPageCachePolicy.Lifetime;

    private sealed record Entry(long Content, long Site, ArticleViewModel Page, IReadOnlyDictionary<string, PictureSizes.Size?> Pictures);

    private readonly MemoryCache _entries;
    private readonly UnitContentGenerations _content;
    private readonly UnitSiteGenerations _site;

    public ArticlePageCache(UnitContentGenerations content, UnitSiteGenerations site, IConfiguration configuration)
    {
        _content = content;
        _site = site;
        // Sizes are counted in characters (UTF-16: two bytes each).
        var megabytes = configuration.GetValue("Portal:OutputCache:PageDataMegabytes", 64);
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024 / 2 });
    }

    /// <summary>The page kept for <paramref name="key"/> when still current, with its picture sizes put back into <paramref name="pictures"/>.</summary>
    public ArticleViewModel? Find(string tenantName, string key, PictureSizes pictures)
    {
        if (_entries.Get<Entry>((tenantName, key)) is not { } entry
            || entry.Content != _content.Current(tenantName) || entry.Site != _site.Current(tenantName))
        {
            return null;
        }
        pictures.Remember(entry.Pictures);
        return entry.Page;
    }

    /// <summary>The generations to store a page with: read before the page's data, so a change during the read is never hidden.</summary>
    public (long Content, long Site) Generations(string tenantName) => (_content.Current(tenantName), _site.Current(tenantName));

    public void Keep(string tenantName, string key, (long Content, long Site) generations, ArticleViewModel page, PictureSizes pictures)
    {
        var size = 256 + page.Article.Title.Length + (page.Article.Body?.Length ?? 0) + page.Article.Parts.Length
            + (page.Body?.Length ?? 0) + (page.BodyEn?.Length ?? 0) + page.Related.Sum(r => 128 + r.Title.Length + (r.Summary?.Length ?? 0) + (r.Parts?.Length ?? 0));
        _entries.Set((tenantName, key), new Entry(generations.Content, generations.Site, page, pictures.Known),
            new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = Lifetime });
    }

    public void Dispose() => _entries.Dispose();
}
