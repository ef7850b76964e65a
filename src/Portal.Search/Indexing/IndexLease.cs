namespace Portal.Search.Indexing;

/// <summary>Use of a tenant's index for the length of one operation; an index in use is never closed as idle.</summary>
public sealed class IndexLease : IDisposable
{
    private TenantIndex? _index;

    internal IndexLease(TenantIndex index)
    {
        _index = index;
        index.Enter();
    }

    public TenantIndex Index => _index ?? throw new ObjectDisposedException(nameof(IndexLease));

    /// <summary>
    /// The index may be missing changes: it had not caught up within the wait a search allows, or its files were
    /// found damaged and it is being rebuilt. Searches still answer from it, with a notice.
    /// </summary>
    public bool Stale { get; internal set; }

    public void Dispose()
    {
        _index?.Exit();
        _index = null;
    }
}
