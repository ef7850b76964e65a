using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Jobs;
using Portal.Core.Tenancy;

namespace Portal.Core.Setup;

/// <summary>After start, upgrades every tenant whose schema is behind and syncs recurring jobs, without delaying requests.</summary>
public sealed class TenantUpgrader(IServiceScopeFactory scopeFactory, TenantRegistry registry, TenantMigrator migrator, ILogger<TenantUpgrader> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    public override string DisplayName => "Nâng cấp đơn vị khi khởi động";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var live = registry.All.Where(t => t.Status != TenantStatus.Deleted).ToList();
        foreach (var tenant in live.Where(t => !migrator.IsCurrent(t)))
        {
            try
            {
                await migrator.EnsureCurrentAsync(tenant, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Upgrading tenant {Tenant} failed", tenant.Name);
            }
        }
        using var scope = scopeFactory.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RecurringJobSynchronizer>().SynchronizeAsync(registry.All, stoppingToken);
    }
}
