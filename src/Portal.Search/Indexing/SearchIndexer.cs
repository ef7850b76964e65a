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
    /// Catches up before a search when the index may be behind: once per process (changes committed while this
    /// node was down, or before a crash between commit and indexing), and whenever this node committed a change
    /// the background catch-up has not read yet (<see cref="PendingCatchUps"/>).
    /// </summary>
    /// <returns>A lease on the index; dispose it when the search is done.</returns>
    public async Task<IndexLease> EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        var lease = indexes.Use(tenant.Tenant.Name);
        try
        {
            if (!lease.Index.CaughtUpOnce || pending.IsPending(tenant.Tenant.Name))
            {
                await CatchUpAsync(cancellationToken);
            }
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
            next.Generation.Commit(head, await RecentGapsAsync(head, cancellationToken));
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

    private async Task<int> ReplayAsync(IndexGeneration generation, CancellationToken cancellationToken)
    {
        var count = 0;
        // Messages this index never saw were pruned (ChangeLogPruningJob, or an index restored from an old
        // copy), or the log is behind the cursor (a database restored from an older copy, or a unit created again
        // under a deleted one's name): replaying the rest would miss items, so index every item, then follow the
        // log from its head.
        // Sequences below the oldest message are not gaps: a remembered gap down there was pruned before this
        // index re-read it (it was closed for longer than the retention), so it counts as missed too.
        if (await log.OldestAsync(cancellationToken) is { } oldest && (oldest > generation.Cursor + 1 || generation.Gaps.Lowest < oldest || await log.HeadAsync(cancellationToken) < generation.Cursor))
        {
            generation.DeleteAll();
            var head = await log.HeadAsync(cancellationToken);
            var gaps = await RecentGapsAsync(head, cancellationToken);
            var ids = await builder.AllItemIdsAsync(cancellationToken);
            await IndexAsync(generation, ids, cancellationToken);
            generation.Commit(head, gaps);
            count += ids.Count;
        }
        count += await RereadGapsAsync(generation, cancellationToken);
        while (true)
        {
            var cursor = generation.Cursor;
            var batch = await log.ReadAfterAsync(cursor, cancellationToken);
            if (batch.LastSequence == cursor)
            {
                return count;
            }
            await IndexAsync(generation, batch.ItemIds, cancellationToken);
            var gaps = generation.Gaps.WithSkipped(cursor, batch.Sequences, clock.GetUtcNow().UtcDateTime, options.Value.MaxChangeLogGaps, out var dropped);
            if (dropped > 0)
            {
                logger.LogWarning(
                    "The change log of {Tenant} skipped more sequences than the {Max} the search index remembers; {Dropped} of the lowest will not be re-read if they commit late",
                    tenant.Tenant.Name, options.Value.MaxChangeLogGaps, dropped);
            }
            // Searchable now; committed to disk by the poller (IndexGeneration explains why).
            generation.Publish(batch.LastSequence, gaps);
            count += batch.ItemIds.Count;
        }
    }

    /// <summary>
    /// Indexes the items of remembered gaps that were committed since (late), then gives up those still missing a
    /// window after they were first missed. No query when there is no gap, the usual case.
    /// </summary>
    private async Task<int> RereadGapsAsync(IndexGeneration generation, CancellationToken cancellationToken)
    {
        var gaps = generation.Gaps;
        if (gaps.IsEmpty)
        {
            return 0;
        }
        // Taken before the read: a gap is given up only if a read that started after its window did not find it.
        var readAt = clock.GetUtcNow().UtcDateTime;
        var found = await log.ReadSequencesAsync(gaps.Sequences, cancellationToken);
        await IndexAsync(generation, found.ItemIds, cancellationToken);
        var remaining = gaps.Without(found.Sequences).WithoutExpired(readAt, options.Value.LateCommitWindow);
        if (!ReferenceEquals(remaining, gaps))
        {
            generation.Publish(generation.Cursor, remaining);
        }
        return found.ItemIds.Count;
    }

    /// <summary>
    /// The sequences missing below <paramref name="head"/> among the messages of the last window: an index that
    /// starts at the head (rebuild, reset) still awaits those, since they may be transactions not yet committed.
    /// </summary>
    private async Task<ChangeLogGaps> RecentGapsAsync(long head, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = await log.RecentSequencesAsync(head, now - options.Value.LateCommitWindow, cancellationToken);
        return ChangeLogGaps.None.WithSkipped(recent[0], recent.Skip(1).ToList(), now, options.Value.MaxChangeLogGaps, out _);
    }

    private Task IndexAsync(IndexGeneration generation, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        ChangeLogReplay.IndexAsync(builder, generation, ids, cancellationToken);

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
