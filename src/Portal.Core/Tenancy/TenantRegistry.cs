using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Tenancy;

/// <summary>
/// In-memory copy of the host registry. Reads are lock-free; every change goes through
/// <see cref="ReloadAsync(string, CancellationToken)"/> after it is committed to the host database.
/// An idle tenant costs one descriptor here and nothing else.
/// </summary>
public sealed class TenantRegistry(IServiceScopeFactory scopeFactory, IOptions<PortalHostingOptions> hosting)
{
    private readonly ConcurrentDictionary<string, TenantDescriptor> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private volatile TenantDescriptor[] _snapshot = [];

    /// <summary>All tenants except purged ones, deleted ones included.</summary>
    public IReadOnlyCollection<TenantDescriptor> All => _snapshot;

    public TenantDescriptor? Find(string name) => _tenants.TryGetValue(name, out var t) ? t : null;

    public TenantDescriptor? Host => _snapshot.FirstOrDefault(t => t.IsHost);

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var rows = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        _tenants.Clear();
        foreach (var row in rows)
        {
            _tenants[row.Name] = row.ToDescriptor();
        }
        _snapshot = [.. _tenants.Values];
    }

    /// <summary>Refreshes one tenant after its row changed (or drops it when the row is gone).</summary>
    public async Task ReloadAsync(string name, CancellationToken cancellationToken = default)
    {
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var row = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (row is null)
        {
            _tenants.TryRemove(name, out _);
        }
        else
        {
            _tenants[name] = row.ToDescriptor();
        }
        _snapshot = [.. _tenants.Values];
    }

    public TenantResolver.Match? Resolve(string host, string? firstSegment) =>
        TenantResolver.Resolve(_snapshot, host, firstSegment, hosting.Value.HostNames);
}
