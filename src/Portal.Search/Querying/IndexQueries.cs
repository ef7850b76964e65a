using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Abstractions.Admin;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>Runs a reader's query on one index searcher: scope and filters, relevance, a page of hits with snippets.</summary>
public static class IndexQueries
{
    public const string SymbolsOnlyMessage = "Từ khóa chỉ gồm ký hiệu nên không tìm được. Hãy nhập chữ hoặc số, ví dụ: trường học.";
    public const string TooLongMessage = "Từ khóa quá dài nên chỉ phần đầu được dùng để tìm.";

    public static SearchResults Run(IndexSearcher searcher, SearchRequest request, SearchScope scope)
    {
        var query = UserQuery.Parse(request.Q);
        if (query.IsEmpty)
        {
            return SearchResults.Empty(query, string.IsNullOrWhiteSpace(request.Q)
                ? null
                : SymbolsOnlyMessage);
        }
        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, SearchResults.MaxPage);
        var top = searcher.Search(Build(query, searcher.IndexReader, request, scope), page * pageSize);
        var folded = query.Terms.Select(t => t.Folded).ToList();
        var hits = top.ScoreDocs.Skip(Paging.FromFirst(page, pageSize, top.TotalHits).Skip)
            .Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, folded))
            .ToList();
        var message = query.Truncated ? TooLongMessage : null;
        return new SearchResults(query, hits, top.TotalHits, page, pageSize, message);
    }

    /// <summary>The ranked query restricted to what <paramref name="scope"/> may see and to the request's filters.</summary>
    public static Query Build(UserQuery query, IndexReader reader, SearchRequest request, SearchScope scope) =>
        new FilteredQuery(RelevanceQuery.Build(query, reader), FilterFor(request, scope));

    // The two scopes every search without filters uses, cached as bit sets per index segment (the cache is
    // keyed by segment, so it follows commits and generations by itself).
    private static readonly Filter PublicOnly = new CachingWrapperFilter(new QueryWrapperFilter(SearchScope.Public.ToQuery()));
    private static readonly Filter LatestOfAll = new CachingWrapperFilter(new QueryWrapperFilter(new SearchScope(true, null).ToQuery()));

    private static Filter FilterFor(SearchRequest request, SearchScope scope)
    {
        var unfiltered = string.IsNullOrWhiteSpace(request.Type) && request.SectionId is null && request.Year is null;
        return unfiltered && scope == SearchScope.Public ? PublicOnly
            : unfiltered && scope.LatestOfAll ? LatestOfAll
            : new QueryWrapperFilter(Filters(request, scope));
    }

    private static BooleanQuery Filters(SearchRequest request, SearchScope scope)
    {
        var filters = new BooleanQuery { { scope.ToQuery(), Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(request.Type))
        {
            filters.Add(new TermQuery(new Term(SearchFields.Type, request.Type)), Occur.MUST);
        }
        if (request.SectionId is { } section)
        {
            var sections = new BooleanQuery();
            foreach (var id in request.SubSectionIds.Prepend(section).Distinct())
            {
                sections.Add(new TermQuery(new Term(SearchFields.Section, id.ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
            }
            filters.Add(sections, Occur.MUST);
        }
        if (request.Year is { } year)
        {
            filters.Add(new TermQuery(new Term(SearchFields.Year, year.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }
        return filters;
    }

    public static SearchHit ToHit(Lucene.Net.Documents.Document document, float score, IReadOnlyCollection<string> foldedTerms) => new(
        int.Parse(document.Get(SearchFields.ItemId), CultureInfo.InvariantCulture),
        document.Get(SearchFields.Type),
        document.Get(SearchFields.Slug) ?? "",
        int.TryParse(document.Get(SearchFields.Section), NumberStyles.None, CultureInfo.InvariantCulture, out var section) ? section : null,
        new DateTime(document.GetField(SearchFields.Date)?.GetInt64Value() ?? 0, DateTimeKind.Utc),
        int.TryParse(document.Get(SearchFields.Status), NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : 0,
        score,
        SnippetBuilder.Title(document.Get(SearchFields.StoredTitle) ?? "", foldedTerms),
        SnippetBuilder.Build(Indexing.SearchText.WithoutImageMarkers(document.Get(SearchFields.StoredText)), foldedTerms));
}
