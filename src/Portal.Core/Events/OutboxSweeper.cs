using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Tenancy;
using Portal.Core.Hosting;
using Portal.Core.Tenancy;

namespace Portal.Core.Events;

/// <summary>
/// Delivers events that were committed but not delivered: once for every tenant at start (after a
/// crash between commit and dispatch), then every minute for tenants whose delivery failed.
/// </summary>
public sealed class OutboxSweeper(IServiceScopeFactory scopeFactory, TenantRegistry registry, OutboxRetryList retries, ILogger<OutboxSweeper> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    public override string DisplayName => "Chuyển sự kiện còn tồn";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await SweepAsync(registry.All.Where(t => t.Status == TenantStatus.Active).Select(t => t.Name), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SweepAsync(retries.Drain(), stoppingToken);
        }
    }

    /// <summary>Dispatches pending events of the named tenants; failures are queued for the next sweep.</summary>
    public async Task SweepAsync(IEnumerable<string> tenantNames, CancellationToken cancellationToken)
    {
        foreach (var name in tenantNames.ToList())
        {
            if (registry.Find(name) is not { Status: TenantStatus.Active } tenant)
            {
                continue;
            }
            try
            {
                using var scope = scopeFactory.CreateTenantScope(tenant);
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Sweeping the outbox of {Tenant} failed", name);
                retries.Add(name);
            }
        }
    }
}
