using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Runs a tenant's rebuild in the background of this node, one at a time per tenant, stopping with the
/// host. The admin page follows it through <see cref="RebuildProgress"/>; tests can await <see cref="Running"/>.
/// </summary>
public sealed class RebuildRunner(IServiceScopeFactory scopeFactory, RebuildProgress progress, IHostApplicationLifetime lifetime, ILogger<RebuildRunner> logger)
{
    /// <summary>A repair that failed is not tried again for this long (a disk that stays broken is not hammered).</summary>
    private static readonly TimeSpan RepairPause = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastRepair = new(StringComparer.Ordinal);

    /// <summary>
    /// Rebuilds an index found damaged (<see cref="TenantIndex.Broken"/>) in the background, as an administrator's
    /// rebuild would: a new generation from the database, swapped in when it has caught up, while searches answer from
    /// what the damaged one can still read. Nothing happens while a rebuild of the unit runs, or within a minute of
    /// the last repair's start. Returns true when a rebuild was started.
    /// </summary>
    public bool Repair(TenantDescriptor tenant, TenantIndex index, Exception damage)
    {
        index.MarkBroken(damage);
        var now = Environment.TickCount64;
        if (_lastRepair.TryGetValue(tenant.Name, out var last) && now - last < RepairPause.TotalMilliseconds)
        {
            return false;
        }
        if (!Start(tenant))
        {
            return false;
        }
        _lastRepair[tenant.Name] = now;
        logger.LogError(damage, "The search index of {Tenant} is damaged; it is being rebuilt in the background", tenant.Name);
        return true;
    }

    /// <summary>Starts a rebuild; false when one of the tenant is already running.</summary>
    public bool Start(TenantDescriptor tenant)
    {
        if (!progress.TryReserve(tenant.Name))
        {
            return false;
        }
        var task = Task.Run(() => RunAsync(tenant, lifetime.ApplicationStopping));
        _running[tenant.Name] = task;
        return true;
    }

    /// <summary>The tenant's latest rebuild task in this process (completed or not), or null.</summary>
    public Task? Running(string tenantName) => _running.GetValueOrDefault(tenantName);

    private async Task RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopeFactory.CreateTenantScope(tenant);
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            // The live index is untouched; the admin page shows the error (also when the rebuild failed before it began).
            progress.Finish(tenant.Name, ex.Message);
            logger.LogError(ex, "Rebuilding the search index of {Tenant} failed", tenant.Name);
        }
    }
}
