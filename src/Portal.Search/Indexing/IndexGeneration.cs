using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;

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
public sealed class IndexGeneration : IDisposable
{
    private const string CursorKey = "portal.sequence";
    private const string GapsKey = "portal.gaps";

    /// <summary>Segments a near-real-time refresh writes are kept in memory up to this size each…</summary>
    private const double CachedSegmentMB = 2;

    /// <summary>…and this much in all per index, until merged or committed.</summary>
    private const double CachedTotalMB = 8;

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _commitLock = new();
    private volatile Position _published;
    private volatile Position _durable;

    private IndexGeneration(string folder)
    {
        Folder = folder;
        System.IO.Directory.CreateDirectory(folder);
        _directory = new NRTCachingDirectory(FSDirectory.Open(new DirectoryInfo(folder)), CachedSegmentMB, CachedTotalMB);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new VietnameseAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 32,
        };
        _writer = new IndexWriter(_directory, config);
        if (!DirectoryReader.IndexExists(_directory))
        {
            // Searchers need a commit to open; an empty one at cursor 0 means "replay the whole log".
            _writer.Commit();
        }
        var data = _writer.CommitData;
        var cursor = data.TryGetValue(CursorKey, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var stored) ? stored : 0;
        _published = _durable = new Position(cursor, ChangeLogGaps.Parse(data.TryGetValue(GapsKey, out var gaps) ? gaps : null));
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
    }

    public string Folder { get; }

    /// <summary>Sequence of the last change-log message searches see (published, maybe not yet committed to disk).</summary>
    public long Cursor => _published.Cursor;

    /// <summary>Sequences below <see cref="Cursor"/> the log did not hold when it was read, still awaited (published with the cursor).</summary>
    public ChangeLogGaps Gaps => _published.Gaps;

    /// <summary>Sequence of the last change-log message committed to disk: where a restart after a crash resumes.</summary>
    public long DurableCursor => _durable.Cursor;

    /// <summary>The gaps committed to disk with <see cref="DurableCursor"/>.</summary>
    public ChangeLogGaps DurableGaps => _durable.Gaps;

    public static IndexGeneration Open(string folder) => new(folder);

    /// <summary>Replaces every document of the item (both scopes) by <paramref name="documents"/>; not visible before <see cref="Publish"/> or <see cref="Commit"/>.</summary>
    public void Replace(int itemId, IReadOnlyList<SearchDocument> documents)
    {
        _writer.DeleteDocuments(LuceneDocuments.ItemTerm(itemId));
        foreach (var document in documents)
        {
            _writer.AddDocument(LuceneDocuments.ToLucene(document));
        }
    }

    /// <summary>
    /// Lets new searches see the pending documents, which reflect the change log up to <paramref name="cursor"/>
    /// except the <paramref name="gaps"/>; nothing is synced to disk.
    /// </summary>
    public void Publish(long cursor, ChangeLogGaps gaps)
    {
        _searchers.MaybeRefreshBlocking();
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
        _searchers.MaybeRefreshBlocking();
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
            if (ReferenceEquals(position, _durable) && !_writer.HasUncommittedChanges())
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
        _writer.SetCommitData(data);
        _writer.Commit();
        _durable = position;
    }

    /// <summary>Drops every document (a reset); the caller commits with cursor 0 to replay the log.</summary>
    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Runs a search on a searcher that stays valid for the call, even if the generation is swapped meanwhile.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// A searcher held beyond one call (the host search combines many units' readers into one); give it back
    /// with <see cref="Release"/>. Throws <see cref="ObjectDisposedException"/> once the generation is closed.
    /// </summary>
    public IndexSearcher Acquire() => _searchers.Acquire();

    public void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    /// <summary>
    /// Closes without committing (Lucene's Dispose would commit pending documents): whatever was not
    /// committed with its cursor is dropped, exactly as a crash would drop it, and is replayed from the log.
    /// </summary>
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Rollback();
        _directory.Dispose();
    }

    /// <summary>A cursor and its gaps, replaced as one value so a commit never pairs one with the other's neighbour.</summary>
    private sealed record Position(long Cursor, ChangeLogGaps Gaps);
}
