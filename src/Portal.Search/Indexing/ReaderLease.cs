using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Search.Indexing;

/// <summary>A generation's searcher held across calls; disposing gives it back so the reader can close after a swap.</summary>
public sealed class ReaderLease(IndexGeneration generation, IndexSearcher searcher) : IDisposable
{
    private IndexSearcher? _searcher = searcher;

    public IndexReader Reader => (_searcher ?? throw new ObjectDisposedException(nameof(ReaderLease))).IndexReader;

    public void Dispose()
    {
        if (_searcher is { } held)
        {
            _searcher = null;
            generation.Release(held);
        }
    }
}
