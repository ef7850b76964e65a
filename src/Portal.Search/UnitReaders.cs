using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Tenancy;
using Portal.Search.Indexing;

namespace Portal.Search;

/// <summary>
/// Many units' indexes held open, each with its current reader, for the length of one host-wide search: the
/// index leases keep them from being closed as idle, the reader leases keep a rebuild's swap from closing a
/// reader in use. A unit whose index cannot be opened (damaged disk, held by another process) is skipped and
/// named, so one unit cannot fail everybody's search.
/// </summary>
internal sealed class UnitReaders : IDisposable
{
    private readonly List<IDisposable> _held = [];

    public List<TenantDescriptor> Units { get; } = [];

    public List<IndexReader> Readers { get; } = [];

    public List<TenantDescriptor> Unavailable { get; } = [];

    /// <summary>Takes every unit's index and reader, opening closed indexes in parallel (the first host search after a start opens them all).</summary>
    public static UnitReaders Take(SearchIndexes indexes, IReadOnlyList<TenantDescriptor> units, int parallelism, ILogger logger, CancellationToken cancellationToken)
    {
        var slots = new (IndexLease Lease, ReaderLease Reader)?[units.Count];
        var taken = new UnitReaders();
        try
        {
            Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
                i => slots[i] = TakeOne(indexes, units[i], logger));
        }
        finally
        {
            // In unit order, so results come in a stable order; when cancelled, whatever was taken is given back below.
            for (var i = 0; i < units.Count; i++)
            {
                if (slots[i] is { } slot)
                {
                    taken._held.Add(slot.Lease);
                    taken._held.Add(slot.Reader);
                    taken.Units.Add(units[i]);
                    taken.Readers.Add(slot.Reader.Reader);
                }
                else
                {
                    taken.Unavailable.Add(units[i]);
                }
            }
            if (cancellationToken.IsCancellationRequested)
            {
                taken.Dispose();
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return taken;
    }

    private static (IndexLease, ReaderLease)? TakeOne(SearchIndexes indexes, TenantDescriptor unit, ILogger logger)
    {
        IndexLease? lease = null;
        try
        {
            lease = indexes.Use(unit.Name);
            return (lease, lease.Index.AcquireReader());
        }
        catch (Exception ex)
        {
            lease?.Dispose();
            logger.LogWarning(ex, "The search index of {Tenant} could not be opened for the host search", unit.Name);
            return null;
        }
    }

    /// <summary>Gives the readers back before the indexes (reverse order of taking).</summary>
    public void Dispose()
    {
        for (var i = _held.Count - 1; i >= 0; i--)
        {
            _held[i].Dispose();
        }
        _held.Clear();
    }
}
