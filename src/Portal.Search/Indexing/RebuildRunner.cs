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
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

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
