using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Builds the Lucene query from a <see cref="UserQuery"/>, term by term (never through QueryParser). The
/// required part matches folded syllables in the body fields (which also hold the title): all syllables of a
/// short query, three in four of a long one, so stray words do not empty the results. Optional clauses only
/// rank: the exact spelling when the reader typed diacritics, adjacent syllables found as a pair (in the
/// title, and anywhere), and for a one-syllable query the title. Quoted phrases must occur as written
/// (diacritics aside). Keeping the required part to plain term queries lets Lucene leapfrog over the rarest
/// syllable; optional clauses that cannot change the order (an exact spelling that is the only spelling in
/// the index, a pair that occurs nowhere) are left out, because each one is visited for every match.
/// </summary>
public static class RelevanceQuery
{
    private const float TitleFolded = 2f;
    private const float TitleExact = 6f;
    private const float BodyExact = 3f;
    private const float TitlePair = 6f;
    private const float BodyPair = 3f;

    /// <param name="reader">When given, clauses that could not change the ranking are dropped (see above).</param>
    public static Query Build(UserQuery query, IndexReader? reader = null)
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
            if (terms.Count == 1)
            {
                result.Add(Boosted(SearchFields.TitleFolded, term.Folded, TitleFolded), Occur.SHOULD);
            }
            if (term.HasDiacritics && HasOtherSpellings(reader, term))
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
                if (Occurs(reader, SearchFields.TitlePairs, pair))
                {
                    result.Add(Boosted(SearchFields.TitlePairs, pair, TitlePair), Occur.SHOULD);
                }
                if (Occurs(reader, SearchFields.BodyPairs, pair))
                {
                    result.Add(Boosted(SearchFields.BodyPairs, pair, BodyPair), Occur.SHOULD);
                }
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

    /// <summary>
    /// True when some document holds the folded syllable under another spelling than the one typed
    /// ("muốn" beside "mướn"); only then can the exact spelling reorder the results.
    /// </summary>
    private static bool HasOtherSpellings(IndexReader? reader, QueryTerm term) =>
        reader is null || reader.DocFreq(new Term(SearchFields.BodyExact, term.Exact)) < reader.DocFreq(new Term(SearchFields.BodyFolded, term.Folded));

    private static bool Occurs(IndexReader? reader, string field, string text) =>
        reader is null || reader.DocFreq(new Term(field, text)) > 0;

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
