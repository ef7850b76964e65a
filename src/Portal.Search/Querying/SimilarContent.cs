using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Portal.Abstractions.Content;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// Near-duplicate warning (refusal reason (d) of 001 Art. 13.3: duplicates content already published).
/// MoreLikeThis finds candidates among published items by their distinctive folded syllable pairs; each is then
/// scored by the share of folded syllable pairs it has in common with the draft (containment of the smaller
/// text in the larger), a figure an editor can read as a percentage, unlike Lucene's raw scores.
/// </summary>
public static class SimilarContent
{
    public const double MinimumSimilarity = 0.15;

    public static IReadOnlyList<SimilarPublishedItem> Find(IndexSearcher searcher, int? excludeItemId, string title, string text, int take = 5)
    {
        var draft = SearchText.Prepare(title + "\n" + text);
        if (draft.Length < 20)
        {
            return [];
        }
        using var analyzer = new VietnameseAnalyzer();
        var like = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            // Candidates by shared syllable pairs, the same measure they are scored by: a pair is far rarer than a
            // syllable, so the query matches few documents (a syllable query matched most of a 100,000-article index).
            FieldNames = [SearchFields.BodyPairs],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 50,
        };
        var query = new BooleanQuery
        {
            { like.Like(new StringReader(draft), SearchFields.BodyPairs), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Scope, SearchFields.PublicScope)), Occur.MUST },
        };
        if (excludeItemId is { } id)
        {
            query.Add(new TermQuery(LuceneDocuments.ItemTerm(id)), Occur.MUST_NOT);
        }
        var mine = Pairs(draft);
        return searcher.Search(query, take * 2).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(doc => new SimilarPublishedItem(
                int.Parse(doc.Get(SearchFields.ItemId), CultureInfo.InvariantCulture),
                doc.Get(SearchFields.StoredTitle) ?? "",
                doc.Get(SearchFields.Slug) ?? "",
                PublicPath(doc.Get(SearchFields.Slug) ?? ""),
                new DateTime(doc.GetField(SearchFields.Date)?.GetInt64Value() ?? 0, DateTimeKind.Utc),
                Overlap(mine, Pairs(doc.Get(SearchFields.StoredTitle) + "\n" + doc.Get(SearchFields.StoredText)))))
            .Where(s => s.Similarity >= MinimumSimilarity)
            .OrderByDescending(s => s.Similarity)
            .Take(take)
            .ToList();
    }

    /// <summary>The item page every theme serves (ARCHITECTURE.md "Public site"); app-relative so it follows the unit's address.</summary>
    public static string PublicPath(string slug) => "~/bai-viet/" + slug;

    /// <summary>Shared pairs over the pairs of the shorter text: a short draft copied into a long article still scores high.</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return (double)small.Count(large.Contains) / small.Count;
    }

    public static HashSet<string> Pairs(string? text)
    {
        var words = SnippetWords(text);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            pairs.Add(words[i] + " " + words[i + 1]);
        }
        return pairs;
    }

    private static List<string> SnippetWords(string? text) =>
        string.IsNullOrEmpty(text) ? [] : System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{M}\p{N}]+")
            .Select(m => VietnameseFolding.Fold(m.Value)).ToList();
}
