using System.Collections.Concurrent;

namespace Portal.Core.Caching;

/// <summary>
/// A counter per unit that moves on every change of what surrounds its public pages (theme settings, menu, sections,
/// templates): the changes that evict all of the unit's cached pages (<see cref="PublicPageCache.InvalidateAsync"/>).
/// In-memory copies of that data (the site chrome) remember the generation they were read at and are stale once it moved,
/// so a copy read just before a change and stored just after it is never used.
/// </summary>
public sealed class UnitSiteGenerations
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.OrdinalIgnoreCase);

    public long Current(string tenantName) => _generations.GetValueOrDefault(tenantName);

    public void Advance(string tenantName) => _generations.AddOrUpdate(tenantName, 1, (_, generation) => generation + 1);
}
