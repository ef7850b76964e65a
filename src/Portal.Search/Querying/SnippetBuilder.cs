using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Highlighted snippets from the stored text, our own rather than Lucene.Net.Highlighter, which shows fewer of the
/// query's pairs and is several times slower here (ADR 0009 addendum): split the text into words, fold them like
/// the index does, pick the window of <see cref="WindowWords"/> words holding the most distinct query syllables
/// (pairs count extra), and mark the matching words. It works on plain text and returns parts, so the view does all HTML encoding.
/// It runs for every hit shown, so it scans spans of one folded copy of the text instead of allocating
/// a string per word.
/// </summary>
public static partial class SnippetBuilder
{
    public const int WindowWords = 32;

    /// <summary>The best window of <paramref name="text"/>; its opening when nothing matches.</summary>
    public static IReadOnlyList<SnippetPart> Build(string? text, IReadOnlyCollection<string> foldedTerms, int windowWords = WindowWords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }
        // Fold the whole text once; NFC text keeps its length when folded, so word positions carry over.
        var folded = text.ToCharArray();
        var sameLength = VietnameseFolding.FoldInPlace(folded, folded.Length) == text.Length;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in foldedTerms)
        {
            ids.TryAdd(term, ids.Count + 1);
        }
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        // hits[i] is the matched syllable's id (so the window can count distinct ones), 0 for no match.
        var hits = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var (index, length) = words[i];
            // Stray combining marks (text not fully composable to NFC) shift positions: fold that word alone.
            var word = sameLength ? folded.AsSpan(index, length) : VietnameseFolding.Fold(text.Substring(index, length)).AsSpan();
            hits[i] = lookup.TryGetValue(word, out var id) ? id : 0;
        }
        var start = BestStart(hits, windowWords);
        var end = Math.Min(words.Count, start + windowWords) - 1;
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }
        var cursor = words[start].Index;
        for (var i = start; i <= end; i++)
        {
            if (hits[i] == 0)
            {
                continue;
            }
            var (index, length) = words[i];
            if (index > cursor)
            {
                parts.Add(new SnippetPart(Flatten(text[cursor..index]), false));
            }
            parts.Add(new SnippetPart(text.Substring(index, length), true));
            cursor = index + length;
        }
        var stop = words[end].Index + words[end].Length;
        if (stop > cursor)
        {
            parts.Add(new SnippetPart(Flatten(text[cursor..stop]), false));
        }
        if (end < words.Count - 1)
        {
            parts.Add(new SnippetPart(" …", false));
        }
        return parts;
    }

    /// <summary>The title with its matching words marked.</summary>
    public static IReadOnlyList<SnippetPart> Title(string title, IReadOnlyCollection<string> foldedTerms) =>
        Build(title, foldedTerms, int.MaxValue);

    /// <summary>Runs of letters, combining marks and digits, as (start, length).</summary>
    private static List<(int Index, int Length)> Words(string text)
    {
        var words = new List<(int, int)>(text.Length / 5);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }
        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// The start of the window with the most distinct query syllables (pairs break ties), found in one pass:
    /// a sliding window keeps a count per syllable (hits carry each syllable's id) and the number of
    /// adjacent matching pairs inside it.
    /// </summary>
    private static int BestStart(int[] hits, int window)
    {
        if (hits.Length <= window)
        {
            return 0;
        }
        var counts = new Dictionary<int, int>();
        var distinct = 0;
        var pairs = 0;
        var bestStart = 0;
        var bestScore = 0;
        for (var end = 0; end < hits.Length; end++)
        {
            if (hits[end] != 0)
            {
                distinct += Add(counts, hits[end], 1);
                pairs += end > 0 && hits[end - 1] != 0 ? 1 : 0;
            }
            var start = end - window + 1;
            if (start > 0 && hits[start - 1] != 0)
            {
                distinct -= Add(counts, hits[start - 1], -1);
                pairs -= hits[start] != 0 ? 1 : 0;
            }
            var score = distinct * 4 + pairs;
            if (start >= 0 && score > bestScore)
            {
                bestScore = score;
                bestStart = start;
            }
        }
        // Start a little before the first hit so the reader sees its context.
        return bestScore == 0 ? 0 : Math.Max(0, Math.Min(bestStart, FirstHit(hits, bestStart) - 3));
    }

    /// <summary>Changes a syllable's count in the window; returns 1 when it enters or leaves the window, else 0.</summary>
    private static int Add(Dictionary<int, int> counts, int key, int delta)
    {
        var count = counts.GetValueOrDefault(key) + delta;
        counts[key] = count;
        return (delta > 0 && count == 1) || (delta < 0 && count == 0) ? 1 : 0;
    }

    private static int FirstHit(int[] hits, int from)
    {
        for (var i = from; i < hits.Length; i++)
        {
            if (hits[i] != 0)
            {
                return i;
            }
        }
        return from;
    }

    private static string Flatten(string text) => WhiteSpace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
