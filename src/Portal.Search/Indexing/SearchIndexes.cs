using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// The open tenant indexes of this process, in App_Data/tenants/&lt;name&gt;/index beside the media folder, or
/// under <see cref="SearchOptions.IndexRoot"/> when a node keeps them on its own disk.
/// </summary>
public sealed class SearchIndexes(IOptions<PortalPathsOptions> paths, IOptions<SearchOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TenantIndex>> _open = new(StringComparer.Ordinal);

    public TenantIndex Get(string tenantName) =>
        _open.GetOrAdd(tenantName, name => new Lazy<TenantIndex>(() => new TenantIndex(name, FolderOf(name)))).Value;

    /// <summary>Names of tenants whose index this process has open (the ones worth polling for other nodes' changes).</summary>
    public IReadOnlyList<string> OpenTenants => _open.Where(p => p.Value.IsValueCreated).Select(p => p.Key).ToList();

    /// <summary>Closes a tenant's index (before its folder moves away when the tenant is deleted).</summary>
    public void Close(string tenantName)
    {
        if (_open.TryRemove(tenantName, out var index) && index.IsValueCreated)
        {
            index.Value.Dispose();
        }
    }

    public string FolderOf(string tenantName) => Path.GetFullPath(string.IsNullOrWhiteSpace(options.Value.IndexRoot)
        ? Path.Combine(paths.Value.TenantFolder(tenantName), "index")
        : Path.Combine(options.Value.IndexRoot, tenantName));

    public void Dispose()
    {
        foreach (var index in _open.Values.Where(i => i.IsValueCreated))
        {
            index.Value.Dispose();
        }
        _open.Clear();
    }
}
