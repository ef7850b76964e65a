using System.Globalization;
using Lucene.Net.Search;

namespace Portal.Search.Indexing;

/// <summary>
/// One Lucene index folder with its writer and searchers. The change-log position the index reflects is
/// kept in the commit's user data, so documents and cursor are committed together: after a crash the index
/// is exactly at some cursor and the indexer replays from there.
/// Changes become searchable without a commit (<see cref="Publish"/>: near-real-time readers over the writer,
/// small new segments kept in memory), because a Lucene commit syncs files to disk and cost tens of
/// milliseconds inside every editor's request. Durable commits come later and in bulk
/// (<see cref="CommitPublished"/>, from the poller and when the index closes); a crash in between only
/// means replaying a little more of the change log.
/// </summary>
public sealed class IndexGeneration : IDisposable, IReplayTarget
{
    private const string CursorKey = "portal.sequence";

    /// <summary>Segments a near-real-time refresh writes are kept in memory up to this size each…</summary>
    private const double CachedSegmentMB = 2;

    /// <summary>…and this much in all per index, until merged or committed.</summary>
    private const double CachedTotalMB = 8;

    private readonly LuceneStore _store;
    private readonly System.Threading.Lock _commitLock = new();
    private long _durableCursor;

    private IndexGeneration(string folder)
    {
        Folder = folder;
        _store = new LuceneStore(folder, CachedSegmentMB, CachedTotalMB, ramBufferMB: 32);
        Cursor = _durableCursor = _store.CommittedData.TryGetValue(CursorKey, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
    }

    public string Folder { get; }

    /// <summary>Sequence of the last change-log message searches see (published, maybe not yet committed to disk).</summary>
    public long Cursor { get; private set; }

    /// <summary>Sequence of the last change-log message committed to disk: where a restart after a crash resumes.</summary>
    public long DurableCursor => Interlocked.Read(ref _durableCursor);

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

    /// <summary>Lets new searches see the pending documents, which reflect the change log up to <paramref name="cursor"/>; nothing is synced to disk.</summary>
    public void Publish(long cursor)
    {
        _store.Refresh();
        Cursor = cursor;
    }

    /// <summary>Commits the pending documents with the cursor, atomically and durably, and lets new searches see them.</summary>
    public void Commit(long cursor)
    {
        lock (_commitLock)
        {
            CommitDurably(cursor);
        }
        Publish(cursor);
    }

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
            var cursor = Cursor;
            if (cursor == _durableCursor && !_store.HasUncommittedChanges)
            {
                return false;
            }
            CommitDurably(cursor);
            return true;
        }
    }

    /// <summary>Writes the pending documents and the cursor in one Lucene commit; call with the commit lock held.</summary>
    private void CommitDurably(long cursor)
    {
        _store.Commit(new Dictionary<string, string> { [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture) });
        Interlocked.Exchange(ref _durableCursor, cursor);
    }

    /// <summary>Drops every document (a reset); the caller commits with cursor 0 to replay the log.</summary>
    public void DeleteAll() => _store.Writer.DeleteAll();

    bool IReplayTarget.NeedsWholeIndex => false;

    void IReplayTarget.Reset() => DeleteAll();

    /// <summary>A whole re-index is committed at once: it is too much work to replay after a crash.</summary>
    void IReplayTarget.Reindexed(long cursor) => Commit(cursor);

    /// <summary>Searchable now; committed to disk by the poller (see the class summary).</summary>
    void IReplayTarget.Advance(long cursor) => Publish(cursor);

    /// <summary>Runs a search on a searcher that stays valid for the call, even if the generation is swapped meanwhile.</summary>
    public T Search<T>(Func<IndexSearcher, T> search) => _store.Search(search);

    /// <summary>
    /// A searcher held beyond one call (the host search combines many units' readers into one); give it back
    /// with <see cref="Release"/>. Throws <see cref="ObjectDisposedException"/> once the generation is closed.
    /// </summary>
    public IndexSearcher Acquire() => _store.Acquire();

    public void Release(IndexSearcher searcher) => _store.Release(searcher);

    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    /// <summary>
    /// Closes without committing (Lucene's Dispose would commit pending documents): whatever was not
    /// committed with its cursor is dropped, exactly as a crash would drop it, and is replayed from the log.
    /// </summary>
    public void Dispose() => _store.Dispose();
}
