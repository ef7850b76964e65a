using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Catches a tenant's index up after a change, beside the request that made it rather than inside it: the
/// re-indexing of the changed items took close to half of an editorial step's time (issue 5). Requests for a
/// tenant whose catch-up is running are folded into one more pass after it. Searches on this node wait for a
/// pending pass first (<see cref="WhenCaughtUpAsync"/>), so an editor still finds what they just changed.
/// </summary>
public sealed class IndexCatchUpQueue(IServiceScopeFactory scopeFactory, IHostApplicationLifetime lifetime, ILogger<IndexCatchUpQueue> logger)
{
    private readonly Dictionary<string, TenantRun> _runs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Starts a catch-up of the tenant's index, or asks the running one for another pass.</summary>
    public void Request(TenantDescriptor tenant)
    {
        lock (_lock)
        {
            if (_runs.TryGetValue(tenant.Name, out var run))
            {
                run.Again = true;
                return;
            }
            run = new TenantRun();
            _runs[tenant.Name] = run;
            run.Task = Task.Run(() => RunAsync(tenant, run));
        }
    }

    /// <summary>Completes when no catch-up requested so far is still pending for the tenant.</summary>
    public Task WhenCaughtUpAsync(string tenantName)
    {
        lock (_lock)
        {
            return _runs.TryGetValue(tenantName, out var run) ? run.Task : Task.CompletedTask;
        }
    }

    /// <summary>
    /// Waits (at most <paramref name="limit"/>) for every tenant's pending pass: the host search reads the units'
    /// indexes directly and should show a change this node has just committed.
    /// </summary>
    public void WaitForAll(TimeSpan limit)
    {
        Task[] pending;
        lock (_lock)
        {
            pending = [.. _runs.Values.Select(r => r.Task)];
        }
        if (pending.Length > 0)
        {
            Task.WaitAll(pending, limit);
        }
    }

    private async Task RunAsync(TenantDescriptor tenant, TenantRun run)
    {
        while (true)
        {
            try
            {
                using var scope = scopeFactory.CreateTenantScope(tenant);
                await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(lifetime.ApplicationStopping);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // The poller and the next change retry; a search catches up before its first query anyway.
                logger.LogWarning(ex, "Indexing the changes of {Tenant} failed; the index catches up later", tenant.Name);
            }
            catch (OperationCanceledException)
            {
                // Shutting down: the next start replays the change log.
            }
            lock (_lock)
            {
                if (!run.Again || lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    _runs.Remove(tenant.Name);
                    return;
                }
                run.Again = false;
            }
        }
    }

    private sealed class TenantRun
    {
        public Task Task { get; set; } = Task.CompletedTask;
        public bool Again { get; set; }
    }
}
