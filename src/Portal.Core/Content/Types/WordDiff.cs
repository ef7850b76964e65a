using DiffPlex;
using DiffPlex.Chunkers;

namespace Portal.Core.Content.Types;

/// <summary>What happened to a run of words between two versions.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words and what happened to it.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>Word-level differences of two texts (DiffPlex's Myers diff over words and the spaces between them).</summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string? oldText, string? newText)
    {
        oldText ??= "";
        newText ??= "";
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var segments = new List<DiffSegment>();
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Same, result.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Add(segments, DiffKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, DiffKind.Same, result.PiecesOld, oldIndex, result.PiecesOld.Count - oldIndex);
        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var text = string.Concat(pieces.Skip(start).Take(count));
        // Consecutive runs of one kind read better as one highlighted run.
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
