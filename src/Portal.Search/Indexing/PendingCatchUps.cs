using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Hosting;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Catches units' indexes up beside the requests, never inside them (ADR 0009): an editorial step ends at its commit,
/// and a unit's catch-up runs here right after; a unit's first search in the process starts one here too (changes
/// committed while the node was down). A search of a unit still behind waits for its catch-up, so whoever searches
/// after a change, the editor who made it first, finds it — but only up to <see cref="SearchOptions.SearchWait"/>
/// after that catch-up began: a long one (a restored unit replaying its whole log) goes on here while searches answer
/// from what the index holds, with a notice. Units catch up in parallel (a few at a time), so one long catch-up
/// holds up no other unit. Marks are only in memory: after a restart every index catches up before its first search.
/// </summary>
public sealed class PendingCatchUps(
    IServiceScopeFactory scopeFactory,
    TenantRegistry registry,
    SearchIndexes indexes,
    RebuildRunner repairs,
    IOptions<SearchOptions> options,
    ILogger<PendingCatchUps> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    /// <summary>Units catching up at the same time, at most (each one writer per unit anyway).</summary>
    private static readonly int Parallel = Math.Max(2, Environment.ProcessorCount);

    private readonly ConcurrentDictionary<string, UnitState> _units = new(StringComparer.Ordinal);
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots = new(Parallel);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private CancellationToken _stopping = CancellationToken.None;

    public override string DisplayName => "Cập nhật chỉ mục tìm kiếm sau thay đổi";

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
    /// including while one is running: a search then waits for it (up to <see cref="SearchOptions.SearchWait"/>).
    /// </summary>
    public bool IsPending(string tenantName) => _units.TryGetValue(tenantName, out var unit) && unit.IsPending;

    /// <summary>
    /// Waits until the unit's index has caught up with every change nudged so far, but no longer than
    /// <see cref="SearchOptions.SearchWait"/> after the running catch-up began. False when it had not: the caller
    /// answers from what the index holds, and the catch-up goes on here.
    /// </summary>
    public async Task<bool> WaitCaughtUpAsync(string tenantName, CancellationToken cancellationToken)
    {
        var unit = Unit(tenantName);
        var wait = options.Value.SearchWait;
        while (true)
        {
            var changed = unit.Changed;
            if (!unit.IsPending)
            {
                return true;
            }
            var since = Volatile.Read(ref unit.RunningSince);
            var left = since == 0 ? wait : wait - Stopwatch.GetElapsedTime(since);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }
            try
            {
                await changed.Task.WaitAsync(left, cancellationToken);
            }
            catch (TimeoutException)
            {
                return !unit.IsPending;
            }
        }
    }

    /// <summary>Called by a catch-up holding the index's write gate, before it reads the log: what it will have covered.</summary>
    internal long Begin(string tenantName) => Volatile.Read(ref Unit(tenantName).Requested);

    /// <summary>
    /// Called when that catch-up ends, whether it succeeded or not: a failing one is retried by the poller (and a
    /// damaged index repaired), and searches do not each retry it meanwhile. Changes committed after <see cref="Begin"/> stay pending.
    /// </summary>
    internal void End(string tenantName, long covered)
    {
        var unit = Unit(tenantName);
        TaskCompletionSource changed;
        lock (unit)
        {
            unit.Done = Math.Max(unit.Done, covered);
            changed = unit.Changed;
            unit.Changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>Waits until no catch-up is queued or running (tests, benchmarks).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (_units.Values.Any(u => u.IsPending || u.Running is { IsCompleted: false }))
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            await foreach (var name in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                var unit = Unit(name);
                lock (unit)
                {
                    if (unit.Running is null || unit.Running.IsCompleted)
                    {
                        var run = Task.Run(() => CatchUpWhilePendingAsync(name, unit, stoppingToken), CancellationToken.None);
                        unit.Running = run;
                        _running.TryAdd(run, 0);
                        run.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
                    }
                }
            }
        }
        finally
        {
            // The host is stopping: let running catch-ups see the token and end before the indexes close.
            await Task.WhenAll(_running.Keys.ToList());
        }
    }

    /// <summary>One unit's catch-ups, one after another while changes keep coming; several units run side by side.</summary>
    private async Task CatchUpWhilePendingAsync(string name, UnitState unit, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // A nudge from here on queues the unit again, so a change committed during this catch-up gets its own.
            Volatile.Write(ref unit.Queued, 0);
            if (!unit.IsPending)
            {
                // A search of the unit caught its index up meanwhile, or nothing new came.
                return;
            }
            await _slots.WaitAsync(stoppingToken);
            Volatile.Write(ref unit.RunningSince, Stopwatch.GetTimestamp());
            try
            {
                await CatchUpAsync(name, stoppingToken);
            }
            finally
            {
                Volatile.Write(ref unit.RunningSince, 0);
                _slots.Release();
            }
        }
    }

    private async Task CatchUpAsync(string name, CancellationToken stoppingToken)
    {
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
            // The poller retries within its interval, as for a change made on another node; a damaged index is rebuilt.
            logger.LogWarning(ex, "Indexing the changes of {Tenant} failed; the index catches up later", name);
            if (IndexDamage.IsDamage(ex))
            {
                repairs.Repair(tenant, indexes.Get(name), ex);
            }
            // A catch-up that failed before it began (opening the index) still ends the wait of searches.
            End(name, Begin(name));
        }
    }

    /// <summary>For a unit's first search in the process: a catch-up unless one is already due.</summary>
    internal void EnsureFirstCatchUp(string tenantName)
    {
        if (!IsPending(tenantName))
        {
            Nudge(tenantName);
        }
    }

    private UnitState Unit(string tenantName) => _units.GetOrAdd(tenantName, _ => new UnitState());

    /// <summary>Changes nudged so far, how many of them the last finished catch-up had covered when it began, and who waits.</summary>
    private sealed class UnitState
    {
        public long Requested;
        public long Done;
        public int Queued;
        public long RunningSince;
        public Task? Running;
        public TaskCompletionSource Changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsPending => Volatile.Read(ref Requested) > Volatile.Read(ref Done);
    }
}
