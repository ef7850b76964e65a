using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Brings the current tenant's index up to the change log: reads past the index's cursor, re-reads each
/// changed item from the database and commits documents and the new cursor together. Sequences the log skipped
/// below the cursor are remembered with it and re-read until they commit late or their window passes
/// (<see cref="ChangeLogGaps"/>), so no database's commit order is assumed. Idempotent and safe to call from
/// anywhere (after a change, at start, on a timer, before a search): one writer at a time per tenant.
/// </summary>
public sealed class SearchIndexer(
    SearchIndexes indexes,
    TenantContext tenant,
    ChangeLogReader log,
    SearchDocumentBuilder builder,
    RebuildProgress progress,
    TimeProvider clock,
    IOptions<SearchOptions> options,
    PendingCatchUps pending,
    RebuildRunner repairs,
    ILogger<SearchIndexer> logger)
{
    /// <summary>Replays what the live generation has not seen yet; returns how many items were re-indexed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        using var lease = indexes.Use(tenant.Tenant.Name);
        var index = lease.Index;
        await index.WriteGate.WaitAsync(cancellationToken);
        var covered = pending.Begin(tenant.Tenant.Name);
        try
        {
            var count = await ReplayAsync(index.Current, cancellationToken);
            index.CaughtUpOnce = true;
            return count;
        }
        finally
        {
            pending.End(tenant.Tenant.Name, covered);
            index.WriteGate.Release();
        }
    }

    /// <summary>
    /// Makes sure the index has caught up before a search when it may be behind: once per process (changes committed
    /// while this node was down, or before a crash between commit and indexing), and whenever this node committed a
    /// change the background catch-up has not read yet (<see cref="PendingCatchUps"/>). The catch-up runs in the
    /// background; the search waits for it at most <see cref="SearchOptions.SearchWait"/> (a restored unit replaying
    /// its whole change log took 2½ minutes, and its first search waited for all of it). A lease on an index that
    /// had not caught up in time, or whose files were found damaged (being rebuilt), is <see cref="IndexLease.Stale"/>.
    /// </summary>
    /// <returns>A lease on the index; dispose it when the search is done.</returns>
    public async Task<IndexLease> EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        var name = tenant.Tenant.Name;
        var lease = indexes.Use(name);
        try
        {
            var index = lease.Index;
            if (index.Broken is { } damage)
            {
                // Answer from what is readable; a rebuild replaces the live generation (started again if the last one failed).
                repairs.Repair(tenant.Tenant, index, damage);
                lease.Stale = true;
                return lease;
            }
            if (!index.CaughtUpOnce)
            {
                pending.EnsureFirstCatchUp(name);
            }
            if (pending.IsPending(name) && !await pending.WaitCaughtUpAsync(name, cancellationToken))
            {
                lease.Stale = true;
            }
            lease.Stale |= !index.CaughtUpOnce || index.Broken is not null;
            return lease;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Builds a new generation from every item while searches use the old one, replays what changed
    /// meanwhile, then swaps. Progress is reported for the admin's progress bar.
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        var name = tenant.Tenant.Name;
        using var lease = indexes.Use(name);
        var index = lease.Index;
        using var next = new GenerationOwner(index.OpenNewGeneration());
        try
        {
            // The head is read before the item list: anything committed after it is replayed below, so nothing is lost.
            var head = await log.HeadAsync(cancellationToken);
            var ids = await builder.AllItemIdsAsync(cancellationToken);
            progress.Start(name, ids.Count);
            var done = 0;
            foreach (var chunk in ids.Chunk(ChangeLogReplay.BatchSize))
            {
                foreach (var (id, documents) in await builder.BuildManyAsync(chunk, cancellationToken))
                {
                    next.Generation.Replace(id, documents);
                }
                done += chunk.Length;
                progress.Advance(name, done);
            }
            next.Generation.Commit(head, await Replay.RecentGapsAsync(head, cancellationToken));
            await index.WriteGate.WaitAsync(cancellationToken);
            try
            {
                await ReplayAsync(next.Generation, cancellationToken);
                index.Swap(next.Release());
                index.CaughtUpOnce = true;
            }
            finally
            {
                index.WriteGate.Release();
            }
            progress.Finish(name, null);
        }
        catch (Exception ex)
        {
            progress.Finish(name, ex.Message);
            throw;
        }
    }

    private Task<int> ReplayAsync(IndexGeneration generation, CancellationToken cancellationToken) =>
        Replay.RunAsync(generation, cancellationToken);

    private ChangeLogReplay Replay => new(log, builder, clock, options.Value, logger, tenant.Tenant.Name);

    /// <summary>Disposes a generation that never went live (a failed rebuild), and its folder with it.</summary>
    private sealed class GenerationOwner(IndexGeneration generation) : IDisposable
    {
        private IndexGeneration? _owned = generation;

        public IndexGeneration Generation { get; } = generation;

        public IndexGeneration Release()
        {
            _owned = null;
            return Generation;
        }

        public void Dispose()
        {
            if (_owned is null)
            {
                return;
            }
            _owned.Dispose();
            try
            {
                Directory.Delete(_owned.Folder, recursive: true);
            }
            catch (IOException)
            {
                // TenantIndex deletes stale generations at its next open.
            }
        }
    }
}
