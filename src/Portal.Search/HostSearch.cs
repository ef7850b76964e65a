using Portal.Abstractions.Admin;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search;

/// <summary>
/// The operator's search over every active unit's published content, grouped by unit (ADR 0013): one query on
/// the node's <see cref="HostIndex"/>, collected by unit in one pass (best hits and count per unit), units
/// ranked by their best score (comparable, since every unit is scored with the same statistics), snippets
/// built only for the page shown. It reads what the host index has: changes on this node arrive within about
/// a second, changes on other nodes at the next sweep. Units not indexed yet are named, never dropped silently.
/// </summary>
public sealed class HostSearch(HostIndex index, TenantRegistry registry)
{
    public const int HitsPerUnit = 3;

    public HostSearchResults Search(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = UserQuery.Parse(q);
        if (query.IsEmpty)
        {
            return HostSearchResults.Empty(query, string.IsNullOrWhiteSpace(q) ? null : IndexQueries.SymbolsOnlyMessage);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var active = registry.All.Where(t => t is { Status: TenantStatus.Active, IsHost: false }).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var searched = active.Where(t => index.IsSearchable(t.Name)).ToList();
        var unavailable = active.Where(t => !index.IsSearchable(t.Name)).Select(t => t.DisplayName).ToList();
        var message = query.Truncated ? IndexQueries.TooLongMessage : null;
        if (searched.Count == 0)
        {
            return new HostSearchResults(query, [], 0, 0, unavailable, 1, message);
        }
        return index.Search(searcher => Collect(searcher, query, searched, page, unavailable, message));
    }

    /// <summary>One pass over the host index's hits of <paramref name="query"/>, grouped by the <paramref name="searched"/> units; a page of groups with snippets.</summary>
    internal static HostSearchResults Collect(Lucene.Net.Search.IndexSearcher searcher, UserQuery query, IReadOnlyList<TenantDescriptor> searched, int page, IReadOnlyList<string> unavailable, string? message)
    {
        var collector = new UnitGroupCollector(searched.Select((t, i) => (t.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal), HitsPerUnit);
        searcher.Search(IndexQueries.Build(query, searcher.IndexReader, new SearchRequest { Q = query.Text }, SearchScope.Public), collector);
        var ranked = Enumerable.Range(0, searched.Count)
            .Where(i => collector.Groups[i].Count > 0)
            .OrderByDescending(i => collector.Groups[i].BestScore)
            .ThenBy(i => searched[i].Name, StringComparer.Ordinal)
            .ToList();
        var paging = Paging.Clamped(page, HostSearchResults.UnitsPerPage, ranked.Count);
        var folded = query.Terms.Select(t => t.Folded).ToList();
        var groups = ranked.Skip(paging.Skip).Take(paging.Take)
            .Select(i => new HostSearchGroup(
                searched[i].Name,
                searched[i].DisplayName,
                SiteRoot(searched[i]),
                collector.Groups[i].Best.Select(hit => IndexQueries.ToHit(searcher.Doc(hit.Doc), hit.Score, folded)).ToList(),
                collector.Groups[i].Count))
            .ToList();
        return new HostSearchResults(query, groups, ranked.Count, searched.Count, unavailable, paging.Page, message);
    }

    private static string SiteRoot(TenantDescriptor tenant) =>
        tenant.UrlPrefix is { } prefix ? $"~/{prefix}" : tenant.HostNames.Count > 0 ? $"//{tenant.HostNames[0]}" : "~";
}
