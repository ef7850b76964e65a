using System.Globalization;
using Lucene.Net.Search;

namespace Portal.Search.Indexing;

/// <summary>
/// One Lucene index folder with its writer and searchers. The change-log position the index reflects is
/// kept in the commit's user data, so documents and cursor are committed together: after a crash the index
/// is exactly at some cursor and the indexer replays from there. The sequences the reader found missing below
/// the cursor (<see cref="ChangeLogGaps"/>, re-read in case they commit late) are kept beside it, in the same commit.
/// Changes become searchable without a commit (<see cref="Publish"/>: near-real-time readers over the writer,
/// small new segments kept in memory), because a Lucene commit syncs files to disk and cost tens of
/// milliseconds inside every editor's request. Durable commits come later and in bulk
/// (<see cref="CommitPublished"/>, from the poller and when the index closes); a crash in between only
/// means replaying a little more of the change log.
/// </summary>
public sealed class IndexGeneration : IDisposable, IReplayTarget
{
    private const string CursorKey = "portal.sequence";
    private const string GapsKey = "portal.gaps";

    /// <summary>Segments a near-real-time refresh writes are kept in memory up to this size each…</summary>
    private const double CachedSegmentMB = 2;

    /// <summary>…and this much in all per index, until merged or committed.</summary>
    private const double CachedTotalMB = 8;

    private readonly LuceneStore _store;
    private readonly System.Threading.Lock _commitLock = new();
    private volatile Position _published;
    private volatile Position _durable;

    private IndexGeneration(string folder)
    {
        Folder = folder;
        _store = new LuceneStore(folder, CachedSegmentMB, CachedTotalMB, ramBufferMB: 32);
        var data = _store.CommittedData;
        var cursor = data.TryGetValue(CursorKey, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var stored) ? stored : 0;
        _published = _durable = new Position(cursor, ChangeLogGaps.Parse(data.TryGetValue(GapsKey, out var gaps) ? gaps : null));
    }

    public string Folder { get; }

    /// <summary>Sequence of the last change-log message searches see (published, maybe not yet committed to disk).</summary>
    public long Cursor => _published.Cursor;

    /// <summary>Sequences below <see cref="Cursor"/> the log did not hold when it was read, still awaited (published with the cursor).</summary>
    public ChangeLogGaps Gaps => _published.Gaps;

    /// <summary>Sequence of the last change-log message committed to disk: where a restart after a crash resumes.</summary>
    public long DurableCursor => _durable.Cursor;

    public static IndexGeneration Open(string folder) => new(folder);

    /// <summary>Replaces every document of the item (both scopes) by <paramref name="documents"/>; not visible before <see cref="Publish"/> or <see cref="Commit"/>.</summary>
    public void Replace(int itemId, IReadOnlyList<SearchDocument> documents)
    {
        _store.Writer.DeleteDocuments(LuceneDocuments.ItemTerm(itemId));
        foreach (var document in documents)
        {
            _store.Writer.AddDocument(LuceneDocuments.ToLucene(document));
        }
    }

    /// <summary>
    /// Lets new searches see the pending documents, which reflect the change log up to <paramref name="cursor"/>
    /// except the <paramref name="gaps"/>; nothing is synced to disk.
    /// </summary>
    public void Publish(long cursor, ChangeLogGaps gaps)
    {
        _store.Refresh();
        _published = new Position(cursor, gaps);
    }

    /// <summary>As <see cref="Publish(long, ChangeLogGaps)"/> with nothing missing below the cursor.</summary>
    public void Publish(long cursor) => Publish(cursor, ChangeLogGaps.None);

    /// <summary>Commits the pending documents with the cursor and gaps, atomically and durably, and lets new searches see them.</summary>
    public void Commit(long cursor, ChangeLogGaps gaps)
    {
        var position = new Position(cursor, gaps);
        lock (_commitLock)
        {
            CommitDurably(position);
        }
        _store.Refresh();
        _published = position;
    }

    /// <summary>As <see cref="Commit(long, ChangeLogGaps)"/> with nothing missing below the cursor.</summary>
    public void Commit(long cursor) => Commit(cursor, ChangeLogGaps.None);

    /// <summary>
    /// Commits what searches already see, if anything is not yet on disk. Documents a catch-up added after its
    /// last publish may go into the commit with the older cursor: the replay after a crash indexes them again,
    /// which replacing an item's documents makes harmless.
    /// </summary>
    /// <returns>True when something was committed.</returns>
    public bool CommitPublished()
    {
        lock (_commitLock)
        {
            var position = _published;
            if (ReferenceEquals(position, _durable) && !_store.HasUncommittedChanges)
            {
                return false;
            }
            CommitDurably(position);
            return true;
        }
    }

    /// <summary>Writes the pending documents, the cursor and the gaps in one Lucene commit; call with the commit lock held.</summary>
    private void CommitDurably(Position position)
    {
        var data = new Dictionary<string, string> { [CursorKey] = position.Cursor.ToString(CultureInfo.InvariantCulture) };
        if (!position.Gaps.IsEmpty)
        {
            data[GapsKey] = position.Gaps.Serialize();
        }
        _store.Commit(data);
        _durable = position;
    }

    /// <summary>Drops every document (a reset); the caller commits with cursor 0 to replay the log.</summary>
    public void DeleteAll() => _store.Writer.DeleteAll();

    bool IReplayTarget.NeedsWholeIndex => false;

    void IReplayTarget.Reset() => DeleteAll();

    void IReplayTarget.Reindexed(long cursor, ChangeLogGaps gaps) => Commit(cursor, gaps);

    void IReplayTarget.Advance(long cursor, ChangeLogGaps gaps) => Publish(cursor, gaps);

    /// <summary>Runs a search on a searcher that stays valid for the call, even if the generation is swapped meanwhile.</summary>
    public T Search<T>(Func<IndexSearcher, T> search) => _store.Search(search);

    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    /// <summary>
    /// Closes without committing (Lucene's Dispose would commit pending documents): whatever was not
    /// committed with its cursor is dropped, exactly as a crash would drop it, and is replayed from the log.
    /// </summary>
    public void Dispose() => _store.Dispose();

    private sealed record Position(long Cursor, ChangeLogGaps Gaps);
}
