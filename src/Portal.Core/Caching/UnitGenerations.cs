using System.Collections.Concurrent;

namespace Portal.Core.Caching;

/// <summary>
/// A counter per unit that moves on every change of some of its data. In-memory copies of that data remember the
/// generation they were read at and are stale once it moved, so a copy read just before a change and stored just after
/// it is never used. Each kind of data has its own sealed subclass (one singleton each).
/// </summary>
public abstract class UnitGenerations
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.OrdinalIgnoreCase);

    public long Current(string tenantName) => _generations.GetValueOrDefault(tenantName);

    public void Advance(string tenantName) => _generations.AddOrUpdate(tenantName, 1, (_, generation) => generation + 1);
}
