using System.Text.RegularExpressions;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Highlighted snippets from the stored text. No Lucene Highlighter package is available here, so this
/// is a small one of our own: split the text into words, fold them like the index does, pick the window
/// of <see cref="WindowWords"/> words holding the most distinct query syllables (pairs count extra), and
/// mark the matching words. It works on plain text and returns parts, so the view does all HTML encoding.
/// </summary>
public static partial class SnippetBuilder
{
    public const int WindowWords = 32;

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>The best window of <paramref name="text"/>; its opening when nothing matches.</summary>
    public static IReadOnlyList<SnippetPart> Build(string? text, IReadOnlyCollection<string> foldedTerms, int windowWords = WindowWords)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        // Fold the whole text once; NFC text keeps its length when folded, so word positions carry over.
        var buffer = text.ToCharArray();
        var foldedText = VietnameseFolding.FoldInPlace(buffer, buffer.Length) == text.Length ? new string(buffer) : null;
        var words = Word().Matches(text)
            .Select(m => (m.Index, m.Length, Folded: foldedText?.Substring(m.Index, m.Length) ?? VietnameseFolding.Fold(m.Value)))
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var terms = foldedTerms.ToHashSet(StringComparer.Ordinal);
        var start = BestStart(words.Select(w => w.Folded).ToList(), terms, windowWords);
        var end = Math.Min(words.Count, start + windowWords) - 1;
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }
        var cursor = words[start].Index;
        for (var i = start; i <= end; i++)
        {
            var (index, length, folded) = words[i];
            if (!terms.Contains(folded))
            {
                continue;
            }
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

    private static int BestStart(List<string> folded, HashSet<string> terms, int window)
    {
        if (terms.Count == 0 || folded.Count <= window)
        {
            return 0;
        }
        var bestStart = 0;
        var bestScore = 0;
        for (var start = 0; start + window <= folded.Count + window / 2 && start < folded.Count; start++)
        {
            var score = Score(folded, terms, start, Math.Min(folded.Count, start + window));
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = start;
            }
        }
        // Start a little before the first hit so the reader sees its context.
        return bestScore == 0 ? 0 : Math.Max(0, Math.Min(bestStart, FirstHit(folded, terms, bestStart) - 3));
    }

    private static int Score(List<string> folded, HashSet<string> terms, int start, int end)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var pairs = 0;
        for (var i = start; i < end; i++)
        {
            if (terms.Contains(folded[i]))
            {
                distinct.Add(folded[i]);
                if (i + 1 < end && terms.Contains(folded[i + 1]))
                {
                    pairs++;
                }
            }
        }
        return distinct.Count * 4 + pairs;
    }

    private static int FirstHit(List<string> folded, HashSet<string> terms, int from)
    {
        for (var i = from; i < folded.Count; i++)
        {
            if (terms.Contains(folded[i]))
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
