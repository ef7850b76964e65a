using System.Collections.Concurrent;

namespace Portal.Core.Caching;

/// <summary>
/// A counter per unit that moves on every committed change of its content (published, unpublished, renamed, deleted…),
/// beside <see cref="UnitSiteGenerations"/> for what surrounds the pages. In-memory copies of published data (an article
/// page's item, related links and picture sizes) remember the generation they were read at and are stale once it moved,
/// so a copy read just before a publish and stored just after it is never used.
/// </summary>
public sealed class UnitContentGenerations
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.OrdinalIgnoreCase);

    public long Current(string tenantName) => _generations.GetValueOrDefault(tenantName);

    public void Advance(string tenantName) => _generations.AddOrUpdate(tenantName, 1, (_, generation) => generation + 1);
}
