using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// The open tenant indexes of this process, in App_Data/tenants/&lt;name&gt;/index beside the media folder, or
/// under <see cref="SearchOptions.IndexRoot"/> when a node keeps them on its own disk.
/// </summary>
public sealed class SearchIndexes(IOptions<PortalPathsOptions> paths, IOptions<SearchOptions> options, ILogger<SearchIndexes>? logger = null) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TenantIndex>> _open = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>
    /// The tenant's index, opened if needed, held for the caller until the lease is disposed. Opening happens
    /// outside the lock (one slow open does not hold up every other tenant's search); taking the lease shares
    /// a lock with closing idle indexes and checks the index is still the registered one, so an index is never
    /// closed between being found and being held.
    /// </summary>
    public IndexLease Use(string tenantName)
    {
        while (true)
        {
            var lazy = _open.GetOrAdd(tenantName, name => new Lazy<TenantIndex>(() => OpenLogged(name)));
            TenantIndex index;
            try
            {
                index = lazy.Value;
            }
            catch
            {
                // Lazy keeps a failure forever: forget it, so the next use tries to open the index again.
                _open.TryRemove(new KeyValuePair<string, Lazy<TenantIndex>>(tenantName, lazy));
                throw;
            }
            lock (_lock)
            {
                if (_open.TryGetValue(tenantName, out var current) && ReferenceEquals(current, lazy))
                {
                    return new IndexLease(index);
                }
            }
            // Closed as idle between opening and taking the lease: open it again.
        }
    }

    /// <summary>The tenant's index without holding it (diagnostics and tests): it may be closed as idle later.</summary>
    public TenantIndex Get(string tenantName)
    {
        lock (_lock)
        {
            return Open(tenantName);
        }
    }

    /// <summary>
    /// Closes indexes nobody has used for <paramref name="idle"/>: a node serving thousands of units keeps open
    /// only those searched or changed lately. A closed index reopens, and catches up, on its next use.
    /// </summary>
    public int CloseIdle(TimeSpan idle)
    {
        List<TenantIndex> closing = [];
        lock (_lock)
        {
            foreach (var (name, lazy) in _open)
            {
                if (lazy.IsValueCreated && !lazy.Value.InUse && lazy.Value.IdleFor >= idle && lazy.Value.WriteGate.CurrentCount > 0)
                {
                    _open.TryRemove(name, out _);
                    closing.Add(lazy.Value);
                }
            }
        }
        foreach (var index in closing)
        {
            index.Close();
        }
        return closing.Count;
    }

    private TenantIndex Open(string tenantName) =>
        _open.GetOrAdd(tenantName, name => new Lazy<TenantIndex>(() => OpenLogged(name))).Value;

    private TenantIndex OpenLogged(string tenantName)
    {
        var index = new TenantIndex(tenantName, FolderOf(tenantName));
        if (index.Damaged is { } damage)
        {
            logger?.LogError(damage, "The search index of {Tenant} could not be opened; it starts empty and replays the change log", tenantName);
        }
        return index;
    }

    /// <summary>Names of tenants whose index this process has open (the ones worth polling for other nodes' changes).</summary>
    public IReadOnlyList<string> OpenTenants => _open.Where(p => p.Value.IsValueCreated).Select(p => p.Key).ToList();

    /// <summary>Closes a tenant's index (before its folder moves away when the tenant is deleted).</summary>
    public void Close(string tenantName)
    {
        Lazy<TenantIndex>? index;
        lock (_lock)
        {
            _open.TryRemove(tenantName, out index);
        }
        if (index is { IsValueCreated: true })
        {
            index.Value.Dispose();
        }
    }

    public string FolderOf(string tenantName) => Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.IndexRoot)
        ? Path.Combine(paths.Value.TenantFolder(tenantName), "index")
        : Path.Combine(options.Value.IndexRoot, tenantName));

    /// <summary>
    /// Commits what each open index has published since its last commit, so a change survives a crash without
    /// a replay; the poller calls it, keeping disk syncs out of editors' requests.
    /// </summary>
    public int CommitPublished()
    {
        var committed = 0;
        foreach (var lazy in _open.Values.Where(i => i.IsValueCreated))
        {
            var index = lazy.Value;
            try
            {
                committed += index.Current.CommitPublished() ? 1 : 0;
            }
            catch (ObjectDisposedException ex) when (!IndexDamage.IsDamage(ex))
            {
                // Closed (idle, swapped or deleted) meanwhile; closing commits or discards on its own.
            }
            catch (Exception ex) when (IndexDamage.IsDamage(ex))
            {
                // Files gone or unwritable under the index (another process deleted its generation, a disk error):
                // one index must not stop the others from committing, nor the poller; the poller has it rebuilt.
                index.MarkBroken(ex);
                logger?.LogError(ex, "The search index of {Tenant} could not commit; it is rebuilt in the background", index.TenantName);
            }
        }
        return committed;
    }

    /// <summary>Open indexes found damaged, for the poller to have rebuilt.</summary>
    public IReadOnlyList<TenantIndex> BrokenIndexes =>
        [.. _open.Values.Where(i => i.IsValueCreated && i.Value.Broken is not null).Select(i => i.Value)];

    /// <summary>An orderly shutdown: every open index commits what it published, then closes.</summary>
    public void Dispose()
    {
        foreach (var index in _open.Values.Where(i => i.IsValueCreated))
        {
            try
            {
                index.Value.Close();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                logger?.LogWarning(ex, "The search index of {Tenant} could not commit at shutdown; it replays the change log at the next start", index.Value.TenantName);
            }
        }
        _open.Clear();
    }
}
