using System.Collections.Concurrent;
using Portal.Core.Caching;
using Portal.Core.Sites;

namespace CommuneTheme.Services;

/// <summary>
/// Each unit's settings and main menu, kept in memory between renders: every page shows them, and reading them cost two
/// queries per render (docs/PERFORMANCE.md, issue 13). A copy is used only while the unit's
/// <see cref="UnitSiteGenerations"/> is the one it was read at (theme, menu, section and template changes move it) and
/// for at most <see cref="Lifetime"/>, so a change written some other way shows within the output cache's own ceiling.
/// </summary>
public sealed class SiteChromeCache(UnitSiteGenerations generations, TimeProvider clock)
{
    /// <summary>The same ceiling as the cached pages (<see cref="PublicPageCachePolicy.Lifetime"/>).</summary>
    public static readonly TimeSpan Lifetime = PublicPageCachePolicy.Lifetime;

    /// <summary>What the chrome is built from; read-only once stored (the views only read it).</summary>
    public sealed record Data(IReadOnlyDictionary<string, string> Settings, IReadOnlyList<MenuItem> Menu);

    private sealed record Entry(long Generation, DateTimeOffset ReadAt, Data Data);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Data> GetAsync(string tenantName, Func<CancellationToken, Task<Data>> read, CancellationToken cancellationToken)
    {
        // The generation before the read: a change committed during the read moves it, and the copy is never used.
        var generation = generations.Current(tenantName);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(tenantName, out var entry) && entry.Generation == generation && now - entry.ReadAt < Lifetime)
        {
            return entry.Data;
        }
        var data = await read(cancellationToken);
        _entries[tenantName] = new Entry(generation, now, data);
        return data;
    }
}
