using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Builds the Lucene query from a <see cref="UserQuery"/>, term by term (never through QueryParser). The
/// required part matches folded syllables in the body fields (which also hold the title): all syllables of a
/// short query, three in four of a long one, so stray words do not empty the results. Optional clauses only
/// rank: the title, the exact spelling when the reader typed diacritics, adjacent syllables found as a pair.
/// Quoted phrases must occur as written (diacritics aside). Keeping the required part to plain term queries
/// lets Lucene leapfrog over the rarest syllable instead of scoring every document holding a common one.
/// </summary>
public static class RelevanceQuery
{
    private const float TitleFolded = 2f;
    private const float TitleExact = 6f;
    private const float BodyExact = 3f;
    private const float TitlePair = 6f;
    private const float BodyPair = 3f;

    public static Query Build(UserQuery query)
    {
        var terms = query.Terms;
        var required = Required(terms.Count);
        var result = new BooleanQuery();
        if (required == terms.Count)
        {
            foreach (var term in terms)
            {
                result.Add(Boosted(SearchFields.BodyFolded, term.Folded, 1f), Occur.MUST);
            }
        }
        else
        {
            var most = new BooleanQuery { MinimumNumberShouldMatch = required };
            foreach (var term in terms)
            {
                most.Add(Boosted(SearchFields.BodyFolded, term.Folded, 1f), Occur.SHOULD);
            }
            result.Add(most, Occur.MUST);
        }
        foreach (var term in terms)
        {
            result.Add(Boosted(SearchFields.TitleFolded, term.Folded, TitleFolded), Occur.SHOULD);
            if (term.HasDiacritics)
            {
                result.Add(Boosted(SearchFields.TitleExact, term.Exact, TitleExact), Occur.SHOULD);
                result.Add(Boosted(SearchFields.BodyExact, term.Exact, BodyExact), Occur.SHOULD);
            }
        }
        foreach (var segment in query.Segments)
        {
            for (var i = 0; i + 1 < segment.Count; i++)
            {
                var pair = segment[i].Folded + " " + segment[i + 1].Folded;
                result.Add(Boosted(SearchFields.TitlePairs, pair, TitlePair), Occur.SHOULD);
                result.Add(Boosted(SearchFields.BodyPairs, pair, BodyPair), Occur.SHOULD);
            }
        }
        foreach (var phrase in query.Phrases)
        {
            result.Add(Phrase(SearchFields.BodyFolded, phrase), Occur.MUST);
        }
        return result;
    }

    /// <summary>Every syllable of a short query; three in four of a long one.</summary>
    public static int Required(int count) => count <= 3 ? count : (int)Math.Ceiling(count * 0.75);

    private static TermQuery Boosted(string field, string text, float boost) => new(new Term(field, text)) { Boost = boost };

    private static PhraseQuery Phrase(string field, IReadOnlyList<QueryTerm> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term.Folded));
        }
        return phrase;
    }
}
