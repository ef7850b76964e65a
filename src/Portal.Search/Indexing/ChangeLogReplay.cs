using Microsoft.Extensions.Logging;

namespace Portal.Search.Indexing;

/// <summary>
/// Brings one target up to a tenant's change log: re-reads each changed item from the database (what it holds
/// now, not what an event said) and moves the target's cursor. It assumes no commit order: sequences a read
/// skipped below the cursor are kept with it (<see cref="ChangeLogGaps"/>) and re-read on each catch-up until
/// they appear — a transaction that committed late — or <see cref="SearchOptions.LateCommitWindow"/> has passed
/// (ADR 0006). Shared by the tenant's own index and the host index.
/// </summary>
internal sealed class ChangeLogReplay(ChangeLogReader log, SearchDocumentBuilder builder, TimeProvider clock, SearchOptions options, ILogger logger, string tenantName)
{
    /// <summary>Items read from the database per query pair.</summary>
    public const int BatchSize = 100;

    /// <summary>Replays what the target has not seen yet; returns how many items were re-indexed.</summary>
    public async Task<int> RunAsync(IReplayTarget target, CancellationToken cancellationToken)
    {
        var count = 0;
        // Messages this target never saw were pruned (ChangeLogPruningJob, or an index restored from an old
        // copy), the log is behind the cursor (a database restored from an older copy, or a unit created again
        // under a deleted one's name), or the target never held the tenant: replaying the log would miss items,
        // so index every item, then follow the log from its head. Sequences below the oldest message are not
        // gaps: a remembered gap down there was pruned before the target re-read it, so it counts as missed too.
        if (target.NeedsWholeIndex || (await log.OldestAsync(cancellationToken) is { } oldest
            && (oldest > target.Cursor + 1 || target.Gaps.Lowest < oldest || await log.HeadAsync(cancellationToken) < target.Cursor)))
        {
            target.Reset();
            var head = await log.HeadAsync(cancellationToken);
            var gaps = await RecentGapsAsync(head, cancellationToken);
            var ids = await builder.AllItemIdsAsync(cancellationToken);
            await IndexAsync(builder, target, ids, cancellationToken);
            target.Reindexed(head, gaps);
            count += ids.Count;
        }
        count += await RereadGapsAsync(target, cancellationToken);
        while (true)
        {
            var cursor = target.Cursor;
            var batch = await log.ReadAfterAsync(cursor, cancellationToken);
            if (batch.LastSequence == cursor)
            {
                return count;
            }
            await IndexAsync(builder, target, batch.ItemIds, cancellationToken);
            var gaps = target.Gaps.WithSkipped(cursor, batch.Sequences, clock.GetUtcNow().UtcDateTime, options.MaxChangeLogGaps, out var dropped);
            if (dropped > 0)
            {
                logger.LogWarning(
                    "The change log of {Tenant} skipped more sequences than the {Max} the search index remembers; {Dropped} of the lowest will not be re-read if they commit late",
                    tenantName, options.MaxChangeLogGaps, dropped);
            }
            target.Advance(batch.LastSequence, gaps);
            count += batch.ItemIds.Count;
        }
    }

    /// <summary>
    /// The sequences missing below <paramref name="head"/> among the messages of the last window: a target that
    /// starts at the head (rebuild, reset, first indexing) still awaits those, since they may be transactions not yet committed.
    /// </summary>
    public async Task<ChangeLogGaps> RecentGapsAsync(long head, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = await log.RecentSequencesAsync(head, now - options.LateCommitWindow, cancellationToken);
        return ChangeLogGaps.None.WithSkipped(recent[0], recent.Skip(1).ToList(), now, options.MaxChangeLogGaps, out _);
    }

    public static async Task IndexAsync(SearchDocumentBuilder builder, IReplayTarget target, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            foreach (var (id, documents) in await builder.BuildManyAsync(chunk, cancellationToken))
            {
                target.Replace(id, documents);
            }
        }
    }

    /// <summary>
    /// Indexes the items of remembered gaps that were committed since (late), then gives up those still missing a
    /// window after they were first missed. No query when there is no gap, the usual case.
    /// </summary>
    private async Task<int> RereadGapsAsync(IReplayTarget target, CancellationToken cancellationToken)
    {
        var gaps = target.Gaps;
        if (gaps.IsEmpty)
        {
            return 0;
        }
        // Taken before the read: a gap is given up only if a read that started after its window did not find it.
        var readAt = clock.GetUtcNow().UtcDateTime;
        var found = await log.ReadSequencesAsync(gaps.Sequences, cancellationToken);
        await IndexAsync(builder, target, found.ItemIds, cancellationToken);
        var remaining = gaps.Without(found.Sequences).WithoutExpired(readAt, options.LateCommitWindow);
        if (!ReferenceEquals(remaining, gaps))
        {
            target.Advance(target.Cursor, remaining);
        }
        return found.ItemIds.Count;
    }
}
