using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Tenancy;
using Portal.Core.Hosting;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Indexes a change committed on this node beside the request that made it, not inside it (ADR 0009): an
/// editorial step ends at its commit, and a worker catches the unit's index up right after. A unit marked here
/// still has changes its index may not have seen, so a search of that unit on this node first catches up itself
/// (<see cref="SearchIndexer.EnsureReadyAsync"/>): whoever searches after a change, the editor who made it first,
/// finds it. Marks are only in memory: after a restart every index replays the change log before its first
/// search anyway. Several changes made while a catch-up runs are taken by the next one together.
/// </summary>
public sealed class PendingCatchUps(IServiceScopeFactory scopeFactory, TenantRegistry registry, ILogger<PendingCatchUps> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    private readonly ConcurrentDictionary<string, UnitState> _units = new(StringComparer.Ordinal);
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private int _running;

    /// <summary>Marks the unit's index as behind and queues a catch-up (once, however many changes come meanwhile).</summary>
    public void Nudge(string tenantName)
    {
        var unit = Unit(tenantName);
        Interlocked.Increment(ref unit.Requested);
        if (Interlocked.Exchange(ref unit.Queued, 1) == 0)
        {
            _queue.Writer.TryWrite(tenantName);
        }
    }

    /// <summary>
    /// True when a change was committed on this node that no finished catch-up of the unit's index started after,
    /// including while one is running: a search then waits for it (the index's write gate) rather than miss the change.
    /// </summary>
    public bool IsPending(string tenantName) => _units.TryGetValue(tenantName, out var unit) && unit.IsPending;

    /// <summary>Called by a catch-up holding the index's write gate, before it reads the log: what it will have covered.</summary>
    internal long Begin(string tenantName) => Volatile.Read(ref Unit(tenantName).Requested);

    /// <summary>
    /// Called when that catch-up ends, whether it succeeded or not: a failing one is retried by the poller, as
    /// before, and searches do not each retry it meanwhile. Changes committed after <see cref="Begin"/> stay pending.
    /// </summary>
    internal void End(string tenantName, long covered)
    {
        var unit = Unit(tenantName);
        lock (unit)
        {
            unit.Done = Math.Max(unit.Done, covered);
        }
    }

    /// <summary>Waits until no catch-up is queued or running (tests, benchmarks).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (_units.Values.Any(u => u.IsPending) || Volatile.Read(ref _running) > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    public override string DisplayName => "Cập nhật chỉ mục tìm kiếm sau thay đổi";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        await foreach (var name in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            Interlocked.Increment(ref _running);
            try
            {
                await CatchUpAsync(name, stoppingToken);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    private async Task CatchUpAsync(string name, CancellationToken stoppingToken)
    {
        // A nudge from here on queues the unit again, so a change committed during this catch-up gets its own.
        Volatile.Write(ref Unit(name).Queued, 0);
        if (!IsPending(name))
        {
            // A search of the unit caught its index up meanwhile.
            return;
        }
        if (registry.Find(name) is not { Status: TenantStatus.Active } tenant)
        {
            End(name, Begin(name));
            return;
        }
        try
        {
            using var scope = scopeFactory.CreateTenantScope(tenant);
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The poller retries within its interval, as for a change made on another node.
            logger.LogWarning(ex, "Indexing the changes of {Tenant} failed; the index catches up later", name);
        }
    }

    private UnitState Unit(string tenantName) => _units.GetOrAdd(tenantName, _ => new UnitState());

    /// <summary>Changes nudged so far, and how many of them the last finished catch-up had covered when it began.</summary>
    private sealed class UnitState
    {
        public long Requested;
        public long Done;
        public int Queued;

        public bool IsPending => Volatile.Read(ref Requested) > Volatile.Read(ref Done);
    }
}
