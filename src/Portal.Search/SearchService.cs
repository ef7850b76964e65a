using Microsoft.Extensions.Logging;
using Portal.Abstractions.Content;
using Portal.Core.Tenancy;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search;

/// <summary>
/// The current tenant's searches: the public page, the editors' search and the near-duplicate check. A damaged index
/// never answers an error: its files found missing or corrupt, the search answers from what is readable (or nothing)
/// with <see cref="SearchResults.RebuildingNotice"/>, and the index is rebuilt in the background.
/// </summary>
public sealed class SearchService(SearchIndexer indexer, SearchResultsCache cache, RebuildRunner repairs, TenantContext tenant, ILogger<SearchService> logger)
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, SearchScope scope, CancellationToken cancellationToken = default)
    {
        var results = await RunAsync(
            searcher => cache.GetOrRun(searcher.IndexReader, request, scope, () => IndexQueries.Run(searcher, request, scope)),
            () => SearchResults.Empty(UserQuery.Parse(request.Q), null),
            cancellationToken);
        return results.Stale ? results.Value with { IndexNotice = SearchResults.RebuildingNotice } : results.Value;
    }

    public async Task<IReadOnlyList<SimilarPublishedItem>> SimilarAsync(int? itemId, string title, string text, CancellationToken cancellationToken = default) =>
        (await RunAsync(searcher => SimilarContent.Find(searcher, itemId, title, text), () => [], cancellationToken)).Value;

    /// <summary>Runs <paramref name="search"/> on the ready index, or answers <paramref name="unavailable"/> (stale) when the index is damaged.</summary>
    private async Task<(T Value, bool Stale)> RunAsync<T>(Func<Lucene.Net.Search.IndexSearcher, T> search, Func<T> unavailable, CancellationToken cancellationToken)
    {
        IndexLease lease;
        try
        {
            lease = await indexer.EnsureReadyAsync(cancellationToken);
        }
        catch (Exception ex) when (IndexDamage.IsDamage(ex))
        {
            // The index could not even be opened (its folder unreadable): nothing to answer from until the disk is fixed.
            logger.LogError(ex, "The search index of {Tenant} could not be opened", tenant.Tenant.Name);
            return (unavailable(), true);
        }
        using (lease)
        {
            try
            {
                return (lease.Index.Search(search), lease.Stale);
            }
            catch (Exception ex) when (IndexDamage.IsDamage(ex))
            {
                repairs.Repair(tenant.Tenant, lease.Index, ex);
                return (unavailable(), true);
            }
        }
    }
}
