using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Hosting;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Catches up the indexes this node has open, commits to disk what they published since the last poll (so
/// editors' requests never wait for a disk sync), then closes those idle for <see cref="SearchOptions.IdleTimeout"/>. Changes made on this node are indexed at once by
/// <see cref="SearchIndexEventHandler"/>; changes made on another node reach this node's index here, since
/// each node keeps its own index and cursor over the shared change log.
/// </summary>
public sealed class SearchIndexPoller(IServiceScopeFactory scopeFactory, SearchIndexes indexes, TenantRegistry registry, RebuildRunner repairs, IOptions<SearchOptions> options, ILogger<SearchIndexPoller> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    public override string DisplayName => "Đồng bộ và lưu chỉ mục tìm kiếm";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PollAsync(stoppingToken);
            indexes.CommitPublished();
            RepairBroken();
            indexes.CloseIdle(options.Value.IdleTimeout);
        }
    }

    public async Task PollAsync(CancellationToken cancellationToken)
    {
        foreach (var name in indexes.OpenTenants)
        {
            if (registry.Find(name) is not { Status: TenantStatus.Active } tenant)
            {
                continue;
            }
            try
            {
                using var scope = scopeFactory.CreateTenantScope(tenant);
                await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Catching up the search index of {Tenant} failed", name);
                if (IndexDamage.IsDamage(ex))
                {
                    repairs.Repair(tenant, indexes.Get(name), ex);
                }
            }
        }
    }

    /// <summary>Starts a rebuild of every open index found damaged (once at a time, with a pause after a failed one).</summary>
    public void RepairBroken()
    {
        foreach (var index in indexes.BrokenIndexes)
        {
            if (registry.Find(index.TenantName) is { Status: TenantStatus.Active } tenant)
            {
                repairs.Repair(tenant, index, index.Broken!);
            }
        }
    }
}
