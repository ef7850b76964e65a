using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Feeds the <see cref="HostIndex"/> off the request path (ADR 0013). A content change committed on this node
/// only marks its unit dirty (<see cref="MarkDirty"/>, from <see cref="SearchIndexEventHandler"/>); this
/// service catches dirty units up shortly after, a few at a time. Every <see cref="SearchOptions.HostIndexSweepInterval"/>,
/// and first at start, it sweeps every active unit: that indexes units never indexed (the first start builds
/// the whole index), picks up changes made on other nodes, and drops units no longer active. It reads each
/// unit's database through its change log, never the units' own Lucene indexes.
/// </summary>
public sealed class HostIndexer(
    IServiceScopeFactory scopeFactory,
    HostIndex index,
    TenantRegistry registry,
    TenantMigrator migrator,
    IOptions<SearchOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<HostIndexer> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    /// <summary>Dirty units are caught up this long after the first mark, so a burst of changes costs one pass.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    /// <summary>A sweep commits to disk after this many units it re-indexed whole (one sync per batch, not per unit).</summary>
    private const int WholeUnitsPerCommit = 100;

    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _idleLock = new();
    // The first sweep counts as pending work until it is done.
    private int _pending = 1;
    private int _firstSweepDone;
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastCommitTicks = Environment.TickCount64;
    private long _wholeUnitIndexes;
    private long _itemsIndexed;

    /// <summary>How many times a unit was indexed whole (never indexed, or its log pruned past its cursor) in this process.</summary>
    public long WholeUnitIndexes => Interlocked.Read(ref _wholeUnitIndexes);

    /// <summary>Items re-read and indexed in this process.</summary>
    public long ItemsIndexed => Interlocked.Read(ref _itemsIndexed);

    /// <summary>Notes that a unit changed on this node; returns at once (an editor's request must not wait for the host index).</summary>
    public void MarkDirty(string unit)
    {
        if (!_dirty.TryAdd(unit, 0))
        {
            return;
        }
        lock (_idleLock)
        {
            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        _signal.Release();
    }

    /// <summary>Completes once the first sweep is over and every unit marked dirty so far has been caught up (tests, benchmark).</summary>
    public Task WhenIdleAsync()
    {
        lock (_idleLock)
        {
            return _pending == 0 ? Task.CompletedTask : _idle.Task;
        }
    }

    public override string DisplayName => "Chỉ mục tìm kiếm chung";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The registry is loaded (and the first units set up) by services that start after this one.
            await WhenStartedAsync(stoppingToken);
            await RunSweepAsync(stoppingToken);
        }
        finally
        {
            // Once, also when the service is restarted after a failure (the first sweep's pending count).
            if (Interlocked.Exchange(ref _firstSweepDone, 1) == 0)
            {
                Done(1);
            }
        }
        var nextSweep = Stopwatch.GetTimestamp() + (long)(options.Value.HostIndexSweepInterval.TotalSeconds * Stopwatch.Frequency);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = TimeSpan.FromSeconds(Math.Max(0, (nextSweep - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency));
            if (await _signal.WaitAsync(wait, stoppingToken))
            {
                await Task.Delay(Debounce, stoppingToken);
                while (_signal.Wait(0))
                {
                    // Every mark so far is served by the pass below.
                }
                await CatchUpDirtyAsync(stoppingToken);
            }
            if (Stopwatch.GetTimestamp() >= nextSweep)
            {
                await RunSweepAsync(stoppingToken);
                nextSweep = Stopwatch.GetTimestamp() + (long)(options.Value.HostIndexSweepInterval.TotalSeconds * Stopwatch.Frequency);
            }
        }
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }

    private async Task RunSweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SweepAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The host search index sweep failed; it is retried at the next sweep");
        }
    }

    /// <summary>
    /// Brings every active unit up to its change log (indexing whole those never indexed or pruned past their
    /// cursor), drops units no longer active, and commits. Returns how many units were indexed whole.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var active = Units().ToList();
            var names = active.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in index.IndexedUnits.Where(u => !names.Contains(u)))
            {
                index.RemoveUnit(gone);
            }
            var whole = 0;
            foreach (var unit in active)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await CatchUpAsync(unit, cancellationToken) && ++whole % WholeUnitsPerCommit == 0)
                {
                    Commit();
                }
            }
            Commit();
            return whole;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpDirtyAsync(CancellationToken cancellationToken)
    {
        var taken = 0;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var name in _dirty.Keys)
            {
                if (!_dirty.TryRemove(name, out _))
                {
                    continue;
                }
                taken++;
                if (registry.Find(name) is { Status: TenantStatus.Active, IsHost: false } unit)
                {
                    await CatchUpAsync(unit, cancellationToken);
                }
            }
            // Searchable at once; synced to disk at most every poll interval (a crash only replays a little more log).
            if (TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastCommitTicks)) >= options.Value.PollInterval)
            {
                Commit();
            }
            else
            {
                index.Refresh();
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Catching up the host search index failed; the next sweep retries");
        }
        finally
        {
            _gate.Release();
            Done(taken);
        }
    }

    /// <summary>Catches one unit up; true when it was indexed whole. A failing unit is logged and left for the next sweep.</summary>
    private async Task<bool> CatchUpAsync(TenantDescriptor unit, CancellationToken cancellationToken)
    {
        try
        {
            await migrator.EnsureCurrentAsync(unit, cancellationToken);
            using var scope = scopeFactory.CreateTenantScope(unit);
            var target = index.Unit(unit.Name);
            var services = scope.ServiceProvider;
            var replay = new ChangeLogReplay(services.GetRequiredService<ChangeLogReader>(), services.GetRequiredService<SearchDocumentBuilder>(), clock, options.Value, logger, unit.Name);
            var count = await replay.RunAsync(target, cancellationToken);
            Interlocked.Add(ref _itemsIndexed, count);
            // Indexed whole: never indexed before, or its log was pruned past the cursor.
            if (target.WasReset)
            {
                Interlocked.Increment(ref _wholeUnitIndexes);
            }
            return target.WasReset;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The host search index could not catch up {Tenant}; the next sweep retries", unit.Name);
            return false;
        }
    }

    private void Commit()
    {
        index.Commit();
        Interlocked.Exchange(ref _lastCommitTicks, Environment.TickCount64);
    }

    private IEnumerable<TenantDescriptor> Units() =>
        registry.All.Where(t => t is { Status: TenantStatus.Active, IsHost: false }).OrderBy(t => t.Name, StringComparer.Ordinal);

    private void Done(int count)
    {
        if (count == 0)
        {
            return;
        }
        lock (_idleLock)
        {
            _pending -= count;
            if (_pending == 0)
            {
                _idle.TrySetResult();
            }
        }
    }
}
