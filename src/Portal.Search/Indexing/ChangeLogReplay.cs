namespace Portal.Search.Indexing;

/// <summary>
/// Brings one target up to a tenant's change log: re-reads each changed item from the database (what it holds
/// now, not what an event said) and moves the target's cursor. Shared by the tenant's own index and the host index.
/// </summary>
internal static class ChangeLogReplay
{
    /// <summary>Items read from the database per query pair.</summary>
    public const int BatchSize = 100;

    /// <summary>Replays what the target has not seen yet; returns how many items were re-indexed.</summary>
    public static async Task<int> RunAsync(ChangeLogReader log, SearchDocumentBuilder builder, IReplayTarget target, CancellationToken cancellationToken)
    {
        var count = 0;
        // Messages this target never saw were pruned (ChangeLogPruningJob, or an index restored from an old
        // copy), the log is behind the cursor (a database restored from an older copy, or a unit created again
        // under a deleted one's name), or the target never held the tenant: replaying the log would miss items,
        // so index every item, then follow the log from its head.
        if (target.NeedsWholeIndex || (await log.OldestAsync(cancellationToken) is { } oldest
            && (oldest > target.Cursor + 1 || await log.HeadAsync(cancellationToken) < target.Cursor)))
        {
            target.Reset();
            var head = await log.HeadAsync(cancellationToken);
            var ids = await builder.AllItemIdsAsync(cancellationToken);
            await IndexAsync(builder, target, ids, cancellationToken);
            target.Reindexed(head);
            count += ids.Count;
        }
        while (true)
        {
            var batch = await log.ReadAfterAsync(target.Cursor, cancellationToken);
            if (batch.LastSequence == target.Cursor)
            {
                return count;
            }
            await IndexAsync(builder, target, batch.ItemIds, cancellationToken);
            target.Advance(batch.LastSequence);
            count += batch.ItemIds.Count;
        }
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
}
