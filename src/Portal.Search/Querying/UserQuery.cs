using Lucene.Net.Analysis.TokenAttributes;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// What a reader typed, read leniently: words, and "quoted phrases" (an unbalanced quote runs to the end).
/// Every other character is just a separator — no operator syntax reaches Lucene, so no input can make the
/// query fail. Queries are cut to <see cref="MaxLength"/> characters and <see cref="MaxTerms"/> syllables.
/// </summary>
public sealed class UserQuery
{
    public const int MaxLength = 300;
    public const int MaxTerms = 24;

    private UserQuery(string text, IReadOnlyList<IReadOnlyList<QueryTerm>> segments, IReadOnlyList<IReadOnlyList<QueryTerm>> phrases, bool truncated)
    {
        Text = text;
        Segments = segments;
        Phrases = phrases;
        Truncated = truncated;
    }

    /// <summary>The query as it was used (normalized, possibly cut).</summary>
    public string Text { get; }

    /// <summary>Runs of adjacent syllables (quoted or not); adjacent pairs inside a run favour phrase matches.</summary>
    public IReadOnlyList<IReadOnlyList<QueryTerm>> Segments { get; }

    /// <summary>Quoted runs of two syllables or more: they must appear as written.</summary>
    public IReadOnlyList<IReadOnlyList<QueryTerm>> Phrases { get; }

    public IReadOnlyList<QueryTerm> Terms => Segments.SelectMany(s => s).DistinctBy(t => t.Exact).ToList();

    public bool IsEmpty => Segments.Count == 0;

    /// <summary>True when the query was longer than allowed and only its start was used.</summary>
    public bool Truncated { get; }

    public static UserQuery Parse(string? input)
    {
        var raw = input ?? "";
        var truncated = raw.Length > MaxLength;
        // A colon would glue "title:word" into one word (it joins letters in Unicode word breaks): readers mean a separator.
        var text = SearchText.Prepare(truncated ? raw[..MaxLength] : raw).Replace(':', ' ').Trim();
        var segments = new List<IReadOnlyList<QueryTerm>>();
        var phrases = new List<IReadOnlyList<QueryTerm>>();
        var budget = MaxTerms;
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length && budget > 0; i++)
        {
            var terms = Tokenize(parts[i]).Take(budget).ToList();
            budget -= terms.Count;
            if (terms.Count == 0)
            {
                continue;
            }
            segments.Add(terms);
            // Odd parts sit between quotes; the last odd part of an unbalanced quote runs to the end.
            if (i % 2 == 1 && terms.Count > 1)
            {
                phrases.Add(terms);
            }
        }
        return new UserQuery(text, segments, phrases, truncated);
    }

    /// <summary>The syllables the index would see, through the same tokenizer (exact spelling).</summary>
    private static List<QueryTerm> Tokenize(string text)
    {
        var terms = new List<QueryTerm>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }
        using var analyzer = new VietnameseAnalyzer();
        using var stream = analyzer.GetTokenStream(SearchFields.BodyExact, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var exact = term.ToString();
            terms.Add(new QueryTerm(exact, VietnameseFolding.Fold(exact)));
        }
        stream.End();
        return terms;
    }
}
