using System.Diagnostics;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Portal.Search.Analysis;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Portal's <see cref="SnippetBuilder"/> against Lucene.Net.Highlighter (issue 14 item 8, ADR 0009) on the search
/// benchmark's corpus and queries: for each query, the first 10 articles holding all its syllables are a page of
/// hits, and both build that page's snippets. Quality: of the query's syllables an article holds, how many the
/// snippet shows marked; of the query's adjacent pairs the article holds, how many the snippet shows marked side by
/// side. Speed: milliseconds per page of 10, median over runs. The highlighter gets its best configuration for this
/// index: the folded body field, a term clause per syllable and a phrase clause per pair, span-aware fragments of
/// about our window's length.
/// </summary>
public static partial class SnippetComparison
{
    private const int PageSize = 10;
    private const int FragmentChars = 160;

    public static int Run(BenchOptions options)
    {
        var articles = Enumerable.Range(1, options.Count).Select(id => SearchCorpus.Article(id).Text).ToList();
        var folded = articles.Select(VietnameseFolding.Fold).ToList();
        var pages = SearchCorpus.Queries()
            .Select(UserQuery.Parse)
            .Where(q => !q.IsEmpty)
            .Select(q => new Page(q, Hits(q, folded)))
            .Where(p => p.Texts.Count > 0)
            .ToList();
        var texts = pages.Select(p => p.Texts.Select(i => articles[i]).ToList()).ToList();

        var ours = Measure("Portal SnippetBuilder", pages, texts, options.Runs, BuildOurs);
        var lucene = Measure("Lucene.Net.Highlighter", pages, texts, options.Runs, BuildLucene);

        Console.WriteLine($"corpus: {options.Count} articles, {pages.Count} queries with hits, {pages.Sum(p => p.Texts.Count)} snippets per run, {options.Runs} runs");
        Console.WriteLine("| builder | syllables shown | pairs shown | ms per page of 10, median | p90 |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var row in new[] { ours, lucene })
        {
            Console.WriteLine($"| {row.Name} | {row.Syllables:P1} | {row.Pairs:P1} | {row.MedianMs:F3} | {row.P90Ms:F3} |");
        }
        Console.WriteLine($"ratio Highlighter / ours (median ms per page): {lucene.MedianMs / ours.MedianMs:F2}");
        Console.WriteLine();
        Console.WriteLine("| queries | builder | syllables shown | pairs shown |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (kind, typedWithDiacritics) in new[] { ("typed without diacritics", false), ("typed with diacritics", true) })
        {
            var subset = Enumerable.Range(0, pages.Count).Where(p => pages[p].Query.Terms.Any(t => t.HasDiacritics) == typedWithDiacritics).ToList();
            foreach (var (name, build) in new[] { ("Portal SnippetBuilder", (Builder)BuildOurs), ("Lucene.Net.Highlighter", BuildLucene) })
            {
                var (syllables, pairs) = Quality(subset.Select(p => pages[p]).ToList(), subset.Select(p => texts[p]).ToList(), build);
                Console.WriteLine($"| {kind} ({subset.Count}) | {name} | {syllables:P1} | {pairs:P1} |");
            }
        }
        Console.WriteLine();
        PrintCases();
        return 0;
    }

    /// <summary>The cases of SnippetBuilderTests and the relevance corpus, asked of both: are exactly the expected words marked?</summary>
    private static void PrintCases()
    {
        var filler = string.Join(' ', Enumerable.Repeat("người dân trong thôn", 60));
        var cases = new (string Name, string Text, string Query, string[] Marked)[]
        {
            ("matches far into the text", $"{filler} Đội cồng chiêng thôn Đắk Ung biểu diễn. {filler}", "cong chieng", ["cồng", "chiêng"]),
            ("the window with more distinct syllables", $"cồng {filler} cồng chiêng lễ hội {filler}", "cồng chiêng lễ hội", ["cồng", "chiêng", "lễ", "hội"]),
            ("exact diacritics typed, folded match shown", "Ủy ban xã cho mướn ki-ốt tại chợ trung tâm.", "mướn", ["mướn"]),
            ("đ typed as d", "Tuyến đường dài 2 km được đổ bê tông.", "duong", ["đường"]),
        };
        Console.WriteLine("| case | Portal SnippetBuilder | Lucene.Net.Highlighter |");
        Console.WriteLine("|---|---|---|");
        foreach (var (name, text, q, expected) in cases)
        {
            var query = UserQuery.Parse(q);
            string Verdict(Builder build)
            {
                var marked = build(query, text).Where(p => p.Match).Select(p => p.Text).ToList();
                return marked.SequenceEqual(expected) ? "right" : $"wrong: {string.Join(", ", marked)}";
            }
            Console.WriteLine($"| {name} | {Verdict(BuildOurs)} | {Verdict(BuildLucene)} |");
        }
    }

    private sealed record Page(UserQuery Query, List<int> Texts);

    private sealed record Row(string Name, double Syllables, double Pairs, double MedianMs, double P90Ms);

    /// <summary>The first articles holding every folded syllable of the query, as the required clause would find.</summary>
    private static List<int> Hits(UserQuery query, List<string> folded)
    {
        var terms = query.Terms.Select(t => t.Folded).Distinct().ToList();
        return folded.Select((text, i) => (text, i))
            .Where(a => terms.All(t => Regex.IsMatch(a.text, $@"(?<!\w){Regex.Escape(t)}(?!\w)")))
            .Take(PageSize)
            .Select(a => a.i)
            .ToList();
    }

    private delegate List<(string Text, bool Match)> Builder(UserQuery query, string text);

    private static Row Measure(string name, List<Page> pages, List<List<string>> texts, int runs, Builder build)
    {
        var (syllables, pairs) = Quality(pages, texts, build);
        var perPage = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var text in texts[p])
                {
                    build(pages[p].Query, text);
                }
                perPage.Add(watch.Elapsed.TotalMilliseconds * PageSize / texts[p].Count);
            }
        }
        return new Row(name, syllables, pairs, Stats.Median(perPage), Stats.Percentile(perPage, 90));
    }

    private static (double Syllables, double Pairs) Quality(List<Page> pages, List<List<string>> texts, Builder build)
    {
        var shownSyllables = 0;
        var heldSyllables = 0;
        var shownPairs = 0;
        var heldPairs = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var text in texts[p])
            {
                var parts = build(pages[p].Query, text);
                var (s, hs, pr, hp) = Quality(pages[p].Query, text, parts);
                shownSyllables += s;
                heldSyllables += hs;
                shownPairs += pr;
                heldPairs += hp;
            }
        }
        return (Ratio(shownSyllables, heldSyllables), Ratio(shownPairs, heldPairs));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    /// <summary>Syllables and adjacent pairs of the query the text holds, and how many of them the snippet shows marked.</summary>
    private static (int Syllables, int HeldSyllables, int Pairs, int HeldPairs) Quality(UserQuery query, string text, List<(string Text, bool Match)> parts)
    {
        var foldedText = VietnameseFolding.Fold(text);
        var marked = parts.Where(p => p.Match).Select(p => VietnameseFolding.Fold(p.Text)).ToHashSet();
        var syllables = query.Terms.Select(t => t.Folded).Distinct().ToList();
        var markedSequence = MarkedRuns(parts);
        var pairs = query.Segments
            .SelectMany(s => s.Zip(s.Skip(1), (a, b) => $"{a.Folded} {b.Folded}"))
            .Distinct()
            .Where(pair => Regex.IsMatch(foldedText, $@"(?<!\w){Regex.Escape(pair)}(?!\w)"))
            .ToList();
        return (syllables.Count(marked.Contains), syllables.Count, pairs.Count(pair => markedSequence.Contains(pair)), pairs.Count);
    }

    /// <summary>Adjacent marked words of the snippet as folded "a b" pairs (only whitespace between them).</summary>
    private static HashSet<string> MarkedRuns(List<(string Text, bool Match)> parts)
    {
        var pairs = new HashSet<string>();
        for (var i = 0; i + 2 < parts.Count; i++)
        {
            if (parts[i].Match && !parts[i + 1].Match && string.IsNullOrWhiteSpace(parts[i + 1].Text) && parts[i + 2].Match)
            {
                pairs.Add($"{VietnameseFolding.Fold(parts[i].Text)} {VietnameseFolding.Fold(parts[i + 2].Text)}");
            }
            if (parts[i].Match && parts[i + 1].Match)
            {
                pairs.Add($"{VietnameseFolding.Fold(parts[i].Text)} {VietnameseFolding.Fold(parts[i + 1].Text)}");
            }
        }
        return pairs;
    }

    private static List<(string Text, bool Match)> BuildOurs(UserQuery query, string text) =>
        SnippetBuilder.Build(text, query.Terms.Select(t => t.Folded).ToList()).Select(p => (p.Text, p.Match)).ToList();

    private static readonly VietnameseAnalyzer Analyzer = new();

    private static List<(string Text, bool Match)> BuildLucene(UserQuery query, string text)
    {
        var highlight = new BooleanQuery();
        foreach (var term in query.Terms.Select(t => t.Folded).Distinct())
        {
            highlight.Add(new TermQuery(new Term(SearchFields.BodyFolded, term)), Occur.SHOULD);
        }
        foreach (var segment in query.Segments)
        {
            for (var i = 0; i + 1 < segment.Count; i++)
            {
                var phrase = new PhraseQuery { new Term(SearchFields.BodyFolded, segment[i].Folded), new Term(SearchFields.BodyFolded, segment[i + 1].Folded) };
                highlight.Add(phrase, Occur.SHOULD);
            }
        }
        var scorer = new QueryScorer(highlight, SearchFields.BodyFolded);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("\u0001", "\u0002"), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
        };
        var fragment = highlighter.GetBestFragment(Analyzer, SearchFields.BodyFolded, text) ?? "";
        return Marks().Split(fragment)
            .Select((piece, i) => (piece, i % 2 == 1))
            .Where(p => p.piece.Length > 0)
            .ToList();
    }

    [GeneratedRegex("[\u0001\u0002]")]
    private static partial Regex Marks();
}
