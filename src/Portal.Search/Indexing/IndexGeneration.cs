using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;

namespace Portal.Search.Indexing;

/// <summary>
/// One Lucene index folder with its writer and searchers. The change-log position the index reflects is
/// kept in the commit's user data, so documents and cursor are committed together: after a crash the index
/// is exactly at some cursor and the indexer replays from there.
/// </summary>
public sealed class IndexGeneration : IDisposable
{
    private const string CursorKey = "portal.sequence";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    private IndexGeneration(string folder)
    {
        Folder = folder;
        System.IO.Directory.CreateDirectory(folder);
        _directory = FSDirectory.Open(new DirectoryInfo(folder));
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
        Cursor = _writer.CommitData.TryGetValue(CursorKey, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) ? cursor : 0;
        _searchers = new SearcherManager(_directory, new SearcherFactory());
    }

    public string Folder { get; }

    /// <summary>Sequence of the last change-log message this index has committed.</summary>
    public long Cursor { get; private set; }

    public static IndexGeneration Open(string folder) => new(folder);

    /// <summary>Replaces every document of the item (both scopes) by <paramref name="documents"/>; not visible before <see cref="Commit"/>.</summary>
    public void Replace(int itemId, IReadOnlyList<SearchDocument> documents)
    {
        _writer.DeleteDocuments(LuceneDocuments.ItemTerm(itemId));
        foreach (var document in documents)
        {
            _writer.AddDocument(LuceneDocuments.ToLucene(document));
        }
    }

    /// <summary>Commits the pending documents with the cursor, atomically, and lets new searches see them.</summary>
    public void Commit(long cursor)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
        Cursor = cursor;
        _searchers.MaybeRefreshBlocking();
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
}
