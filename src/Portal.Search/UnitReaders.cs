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

    public static UnitReaders Take(SearchIndexes indexes, IEnumerable<TenantDescriptor> units, ILogger logger, CancellationToken cancellationToken)
    {
        var taken = new UnitReaders();
        try
        {
            foreach (var unit in units)
            {
                cancellationToken.ThrowIfCancellationRequested();
                taken.TakeOne(indexes, unit, logger);
            }
            return taken;
        }
        catch
        {
            taken.Dispose();
            throw;
        }
    }

    private void TakeOne(SearchIndexes indexes, TenantDescriptor unit, ILogger logger)
    {
        IndexLease? lease = null;
        try
        {
            lease = indexes.Use(unit.Name);
            var reader = lease.Index.AcquireReader();
            _held.Add(lease);
            _held.Add(reader);
            Units.Add(unit);
            Readers.Add(reader.Reader);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            lease?.Dispose();
            Unavailable.Add(unit);
            logger.LogWarning(ex, "The search index of {Tenant} could not be opened for the host search", unit.Name);
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
