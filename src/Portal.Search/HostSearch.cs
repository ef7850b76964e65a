using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search;

/// <summary>
/// The operator's search over every active unit's published content, grouped by unit (ADR 0011). The units'
/// current readers are combined into one <see cref="MultiReader"/>, so every unit is scored with the same
/// term statistics and groups can be ranked against each other; units are then searched in slices (in
/// parallel when <see cref="SearchOptions.HostSearchParallelism"/> allows), each keeping its own best hits and count. It reads what each index has committed and does not
/// catch indexes up against the tenants' databases: changes are indexed as they commit, and the poller
/// brings any index this node has open up to date.
/// </summary>
public sealed class HostSearch(SearchIndexes indexes, TenantRegistry registry, IOptions<SearchOptions> options, ILogger<HostSearch> logger)
{
    public const int HitsPerUnit = 3;

    public HostSearchResults Search(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = UserQuery.Parse(q);
        if (query.IsEmpty)
        {
            return HostSearchResults.Empty(query, string.IsNullOrWhiteSpace(q) ? null : IndexQueries.SymbolsOnlyMessage);
        }
        var active = registry.All.Where(t => t is { Status: TenantStatus.Active, IsHost: false }).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        // Opened one after another: opening them on several threads showed no gain (ADR 0011).
        using var held = UnitReaders.Take(indexes, active, logger, cancellationToken);
        var unavailable = held.Unavailable.Select(u => u.DisplayName).ToList();
        var message = query.Truncated ? IndexQueries.TooLongMessage : null;
        if (held.Readers.Count == 0)
        {
            return new HostSearchResults(query, [], 0, 0, unavailable, 1, message);
        }
        using var reader = new MultiReader([.. held.Readers], closeSubReaders: false);
        var searcher = new IndexSearcher(reader);
        var weight = searcher.CreateNormalizedWeight(IndexQueries.Build(query, reader, new SearchRequest { Q = q }, SearchScope.Public));
        var tops = SearchUnits(reader, held.Readers, weight, cancellationToken);
        var ranked = Enumerable.Range(0, tops.Length)
            .Where(i => tops[i] is { TotalHits: > 0 })
            .OrderByDescending(i => tops[i]!.ScoreDocs[0].Score)
            .ThenBy(i => held.Units[i].Name, StringComparer.Ordinal)
            .ToList();
        page = Math.Clamp(page, 1, Math.Max(1, (ranked.Count + HostSearchResults.UnitsPerPage - 1) / HostSearchResults.UnitsPerPage));
        var folded = query.Terms.Select(t => t.Folded).ToList();
        var groups = ranked.Skip((page - 1) * HostSearchResults.UnitsPerPage).Take(HostSearchResults.UnitsPerPage)
            .Select(i => new HostSearchGroup(
                held.Units[i].Name,
                held.Units[i].DisplayName,
                SiteRoot(held.Units[i]),
                tops[i]!.ScoreDocs.Select(hit => IndexQueries.ToHit(searcher.Doc(hit.Doc), hit.Score, folded)).ToList(),
                tops[i]!.TotalHits))
            .ToList();
        return new HostSearchResults(query, groups, ranked.Count, held.Units.Count, unavailable, page, message);
    }

    /// <summary>
    /// Each unit's best hits and count. Slices of units run in parallel on one shared weight (as Lucene's own
    /// parallel search does with slices of segments); a unit's segments are found by their document base.
    /// </summary>
    private TopDocs?[] SearchUnits(MultiReader reader, IReadOnlyList<IndexReader> units, Weight weight, CancellationToken cancellationToken)
    {
        var unitCount = units.Count;
        var starts = new int[unitCount];
        var leavesOf = new List<AtomicReaderContext>[unitCount];
        for (int i = 0, start = 0; i < unitCount; start += units[i].MaxDoc, i++)
        {
            starts[i] = start;
            leavesOf[i] = [];
        }
        foreach (var leaf in reader.Leaves)
        {
            leavesOf[ReaderUtil.SubIndex(leaf.DocBase, starts)].Add(leaf);
        }
        var tops = new TopDocs?[unitCount];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.HostSearchParallelism),
            CancellationToken = cancellationToken,
        };
        Parallel.ForEach(Partitioner.Create(0, unitCount, Math.Max(1, options.Value.HostSearchSliceSize)), parallel, slice =>
        {
            for (var i = slice.Item1; i < slice.Item2; i++)
            {
                if (leavesOf[i].Count == 0)
                {
                    continue;
                }
                var collector = TopScoreDocCollector.Create(HitsPerUnit, true);
                foreach (var leaf in leavesOf[i])
                {
                    collector.SetNextReader(leaf);
                    weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
                }
                tops[i] = collector.GetTopDocs();
            }
        });
        return tops;
    }

    private static string SiteRoot(TenantDescriptor tenant) =>
        tenant.UrlPrefix is { } prefix ? $"~/{prefix}" : tenant.HostNames.Count > 0 ? $"//{tenant.HostNames[0]}" : "~";
}
