namespace Portal.Search.Indexing;

/// <summary>
/// Where one tenant's change log is replayed to: a tenant's own index generation, or that tenant's share of
/// the host index. <see cref="ChangeLogReplay"/> drives both the same way.
/// </summary>
internal interface IReplayTarget
{
    /// <summary>Sequence of the last change-log message this target reflects.</summary>
    long Cursor { get; }

    /// <summary>Sequences missing below the cursor, re-read until they commit late or their window passes.</summary>
    ChangeLogGaps Gaps { get; }

    /// <summary>True when the target has never held this tenant's items, so following the log is not enough.</summary>
    bool NeedsWholeIndex { get; }

    /// <summary>Replaces the item's documents by <paramref name="documents"/> (none: the item is gone).</summary>
    void Replace(int itemId, IReadOnlyList<SearchDocument> documents);

    /// <summary>Drops every document of the tenant before indexing all its items again.</summary>
    void Reset();

    /// <summary>Every item was indexed again as of <paramref name="cursor"/>.</summary>
    void Reindexed(long cursor, ChangeLogGaps gaps);

    /// <summary>The log was followed up to <paramref name="cursor"/>, with <paramref name="gaps"/> still awaited.</summary>
    void Advance(long cursor, ChangeLogGaps gaps);
}
