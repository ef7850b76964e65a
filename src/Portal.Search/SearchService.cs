using Portal.Abstractions.Content;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search;

/// <summary>The current tenant's searches: the public page, the editors' search and the near-duplicate check.</summary>
public sealed class SearchService(SearchIndexer indexer, SearchResultsCache cache)
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, SearchScope scope, CancellationToken cancellationToken = default)
    {
        using var lease = await indexer.EnsureReadyAsync(cancellationToken);
        return lease.Index.Search(searcher =>
            cache.GetOrRun(searcher.IndexReader, request, scope, () => IndexQueries.Run(searcher, request, scope)));
    }

    public async Task<IReadOnlyList<SimilarPublishedItem>> SimilarAsync(int? itemId, string title, string text, CancellationToken cancellationToken = default)
    {
        using var lease = await indexer.EnsureReadyAsync(cancellationToken);
        return lease.Index.Search(searcher => SimilarContent.Find(searcher, itemId, title, text));
    }
}
