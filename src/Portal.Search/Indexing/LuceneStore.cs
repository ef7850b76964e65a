using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Portal.Search.Analysis;

namespace Portal.Search.Indexing;

/// <summary>
/// One Lucene folder with its writer and near-real-time searchers, shared by a tenant's index generation and
/// the host index: changes become searchable with <see cref="Refresh"/> (small new segments kept in memory,
/// nothing synced to disk) and durable with <see cref="Commit"/>, which stores the caller's cursors in the
/// commit's user data so documents and cursors are on disk together. Disposing rolls back what was not
/// committed, as a crash would, since the owners replay it from the change log.
/// </summary>
internal sealed class LuceneStore : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    /// <param name="cachedSegmentMB">Segments a refresh writes are kept in memory up to this size each…</param>
    /// <param name="cachedTotalMB">…and this much in all, until merged or committed.</param>
    public LuceneStore(string folder, double cachedSegmentMB, double cachedTotalMB, double ramBufferMB)
    {
        System.IO.Directory.CreateDirectory(folder);
        _directory = new NRTCachingDirectory(FSDirectory.Open(new DirectoryInfo(folder)), cachedSegmentMB, cachedTotalMB);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, new VietnameseAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = ramBufferMB,
        };
        _writer = new IndexWriter(_directory, config);
        if (!DirectoryReader.IndexExists(_directory))
        {
            // Searchers need a commit to open; an empty one without cursors means "replay everything".
            _writer.Commit();
        }
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
    }

    public IndexWriter Writer => _writer;

    /// <summary>The user data of the last commit (the cursors the documents on disk reflect).</summary>
    public IDictionary<string, string> CommittedData => _writer.CommitData;

    public bool HasUncommittedChanges => _writer.HasUncommittedChanges();

    /// <summary>Lets new searches see what was written so far, without a disk sync.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Writes the pending documents and <paramref name="data"/> in one durable Lucene commit.</summary>
    public void Commit(IDictionary<string, string> data)
    {
        _writer.SetCommitData(data);
        _writer.Commit();
    }

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

    /// <summary>Closes without committing (Lucene's Dispose would commit pending documents).</summary>
    public void Dispose()
    {
        try
        {
            _searchers.Dispose();
        }
        finally
        {
            try
            {
                // Rollback also closes the writer (and releases its write.lock), even after a failed flush.
                _writer.Rollback();
            }
            finally
            {
                _directory.Dispose();
            }
        }
    }
}
