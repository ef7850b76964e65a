using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Builds the Lucene query from a <see cref="UserQuery"/>, term by term (never through QueryParser):
/// each syllable matches its folded form in title or body, with a boost for the exact spelling when the
/// reader typed diacritics; adjacent syllables add a boost when they occur as a pair; quoted phrases must
/// occur as written (diacritics aside). Most syllables must match, so stray words do not empty the results.
/// </summary>
public static class RelevanceQuery
{
    private const float TitleFolded = 3f;
    private const float BodyFolded = 1f;
    private const float TitleExact = 8f;
    private const float BodyExact = 4f;
    private const float TitlePair = 6f;
    private const float BodyPair = 3f;

    public static Query Build(UserQuery query)
    {
        var terms = query.Terms;
        var words = new BooleanQuery { MinimumNumberShouldMatch = Required(terms.Count) };
        foreach (var term in terms)
        {
            var either = new BooleanQuery
            {
                { Boosted(SearchFields.TitleFolded, term.Folded, TitleFolded), Occur.SHOULD },
                { Boosted(SearchFields.BodyFolded, term.Folded, BodyFolded), Occur.SHOULD },
            };
            if (term.HasDiacritics)
            {
                either.Add(Boosted(SearchFields.TitleExact, term.Exact, TitleExact), Occur.SHOULD);
                either.Add(Boosted(SearchFields.BodyExact, term.Exact, BodyExact), Occur.SHOULD);
            }
            words.Add(either, Occur.SHOULD);
        }
        var result = new BooleanQuery { { words, Occur.MUST } };
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
            result.Add(new BooleanQuery
            {
                { Phrase(SearchFields.TitleFolded, phrase), Occur.SHOULD },
                { Phrase(SearchFields.BodyFolded, phrase), Occur.SHOULD },
            }, Occur.MUST);
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
