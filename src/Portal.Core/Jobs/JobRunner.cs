using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Tenancy;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Core.Jobs;

/// <summary>Polls the job table, takes due jobs by lease and runs each in a scope bound to its tenant.</summary>
public sealed class JobRunner(
    IServiceScopeFactory scopeFactory,
    IOptions<JobOptions> options,
    TenantRegistry registry,
    ModuleCatalog catalog,
    ILogger<JobRunner> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    /// <summary>Identifies this node in lease rows.</summary>
    public string NodeId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrency));

    public override string DisplayName => "Chạy tác vụ nền";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Job poll failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Takes and runs every job that is due now; returns when they have finished.</summary>
    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        List<JobRecord> due;
        using (var scope = scopeFactory.CreateScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<JobStore>().DueAsync(50, cancellationToken);
        }
        var runs = new List<Task>();
        foreach (var job in due)
        {
            var tenant = registry.Find(job.TenantName);
            if (tenant is null || tenant.Status != TenantStatus.Active ||
                (job.ModuleId is not null && !catalog.IsEnabled(job.ModuleId, tenant.EnabledModules)))
            {
                continue;
            }
            await _slots.WaitAsync(cancellationToken);
            runs.Add(RunAsync(job, tenant, cancellationToken).ContinueWith(_ => _slots.Release(), TaskScheduler.Default));
        }
        await Task.WhenAll(runs);
    }

    private async Task RunAsync(JobRecord job, TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        var lease = options.Value.LeaseDuration;
        using (var claimScope = scopeFactory.CreateScope())
        {
            if (!await claimScope.ServiceProvider.GetRequiredService<JobStore>().TryAcquireAsync(job.Id, NodeId, lease, cancellationToken))
            {
                return;
            }
        }

        using var renewCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewWhileRunningAsync(job.Id, lease, renewCts.Token);
        string? error = null;
        try
        {
            using var scope = scopeFactory.CreateTenantScope(tenant);
            await scope.ServiceProvider.GetRequiredService<Data.TenantMigrator>().EnsureCurrentAsync(tenant, cancellationToken);
            // The module's declaration first: a stored type name goes stale when a job moves to another project.
            var type = catalog.RecurringJobType(job.Name) ?? Type.GetType(job.JobType) ?? throw new InvalidOperationException($"Không tìm thấy loại tác vụ {job.JobType}.");
            var instance = (IJob)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);
            await instance.ExecuteAsync(new JobExecutionContext(job.Name, tenant.Name, job.Payload, job.NextRunUtc ?? DateTime.UtcNow), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            error = ex.Message;
            logger.LogWarning(ex, "Job {Job} of tenant {Tenant} failed", job.Name, tenant.Name);
        }
        finally
        {
            await renewCts.CancelAsync();
            await renewal;
        }

        using var doneScope = scopeFactory.CreateScope();
        await doneScope.ServiceProvider.GetRequiredService<JobStore>().CompleteAsync(job, NodeId, error is null, error, CancellationToken.None);
    }

    private async Task RenewWhileRunningAsync(long jobId, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(lease / 3);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                using var scope = scopeFactory.CreateScope();
                await scope.ServiceProvider.GetRequiredService<JobStore>().RenewAsync(jobId, NodeId, lease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The job finished; the lease is released by CompleteAsync.
        }
    }
}
