using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// Each term is looked up once per index reader: the statistics read to decide on a clause are handed to its
/// query, which would otherwise seek the same term in every segment again.
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
        var lookups = new TermLookups(reader);
        var terms = query.Terms;
        var required = Required(terms.Count);
        var result = new BooleanQuery();
        if (required == terms.Count)
        {
            foreach (var term in terms)
            {
                result.Add(lookups.Boosted(SearchFields.BodyFolded, term.Folded, 1f), Occur.MUST);
            }
        }
        else
        {
            var most = new BooleanQuery { MinimumNumberShouldMatch = required };
            foreach (var term in terms)
            {
                most.Add(lookups.Boosted(SearchFields.BodyFolded, term.Folded, 1f), Occur.SHOULD);
            }
            result.Add(most, Occur.MUST);
        }
        foreach (var term in terms)
        {
            if (terms.Count == 1)
            {
                result.Add(lookups.Boosted(SearchFields.TitleFolded, term.Folded, TitleFolded), Occur.SHOULD);
            }
            if (term.HasDiacritics && HasOtherSpellings(lookups, term))
            {
                result.Add(lookups.Boosted(SearchFields.TitleExact, term.Exact, TitleExact), Occur.SHOULD);
                result.Add(lookups.Boosted(SearchFields.BodyExact, term.Exact, BodyExact), Occur.SHOULD);
            }
        }
        foreach (var segment in query.Segments)
        {
            for (var i = 0; i + 1 < segment.Count; i++)
            {
                var pair = segment[i].Folded + " " + segment[i + 1].Folded;
                if (Occurs(lookups, SearchFields.TitlePairs, pair))
                {
                    result.Add(lookups.Boosted(SearchFields.TitlePairs, pair, TitlePair), Occur.SHOULD);
                }
                if (Occurs(lookups, SearchFields.BodyPairs, pair))
                {
                    result.Add(lookups.Boosted(SearchFields.BodyPairs, pair, BodyPair), Occur.SHOULD);
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
    private static bool HasOtherSpellings(TermLookups lookups, QueryTerm term) =>
        lookups.DocFreq(SearchFields.BodyExact, term.Exact) is not { } exact
        || exact < lookups.DocFreq(SearchFields.BodyFolded, term.Folded);

    private static bool Occurs(TermLookups lookups, string field, string text) =>
        lookups.DocFreq(field, text) is not { } count || count > 0;

    private static PhraseQuery Phrase(string field, IReadOnlyList<QueryTerm> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term.Folded));
        }
        return phrase;
    }

    /// <summary>
    /// Each term's per-segment statistics, read once per reader: readers type the same few hundred words, and
    /// seeking a term in every segment is most of a query's cost. A reader never changes (commits open a new
    /// one), so its statistics stay true for its lifetime; the table lets them go with the reader.
    /// </summary>
    private sealed class TermLookups(IndexReader? reader)
    {
        /// <summary>Terms kept per reader before the table starts over (a bound against unusual query floods).</summary>
        private const int MaxTermsPerReader = 4096;

        private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Field, string Text), TermContext>> Shared = new();

        private readonly ConcurrentDictionary<(string Field, string Text), TermContext>? _contexts =
            reader is null ? null : Shared.GetValue(reader, _ => new ConcurrentDictionary<(string Field, string Text), TermContext>());

        /// <summary>Documents holding the term, or null without a reader (every clause is then kept).</summary>
        public int? DocFreq(string field, string text) => Context(field, text)?.DocFreq;

        public TermQuery Boosted(string field, string text, float boost) =>
            Context(field, text) is { } context
                ? new TermQuery(new Term(field, text), context) { Boost = boost }
                : new TermQuery(new Term(field, text)) { Boost = boost };

        private TermContext? Context(string field, string text)
        {
            if (reader is null || _contexts is null)
            {
                return null;
            }
            if (_contexts.TryGetValue((field, text), out var context))
            {
                return context;
            }
            if (_contexts.Count >= MaxTermsPerReader)
            {
                _contexts.Clear();
            }
            context = TermContext.Build(reader.Context, new Term(field, text));
            _contexts[(field, text)] = context;
            return context;
        }
    }
}
