using System.Globalization;
using System.Text;

namespace Portal.Search.Indexing;

/// <summary>
/// Sequences below an index's cursor that the change log did not hold when the reader passed them, each with
/// the time it was first missed. A database that numbers messages at insert rather than at commit (PostgreSQL)
/// can commit a lower sequence after a higher one was read; the reader re-reads these until they appear or
/// until <see cref="SearchOptions.LateCommitWindow"/> has passed (a rolled-back transaction leaves its sequence
/// missing for ever). Immutable: an index publishes one value with its cursor and commits it in the same
/// Lucene commit (ADR 0006).
/// </summary>
public sealed class ChangeLogGaps
{
    public static readonly ChangeLogGaps None = new(new SortedDictionary<long, DateTime>());

    private readonly SortedDictionary<long, DateTime> _firstSeen;

    private ChangeLogGaps(SortedDictionary<long, DateTime> firstSeen) => _firstSeen = firstSeen;

    public int Count => _firstSeen.Count;

    public bool IsEmpty => _firstSeen.Count == 0;

    /// <summary>The missing sequences, ascending.</summary>
    public IReadOnlyCollection<long> Sequences => _firstSeen.Keys;

    /// <summary>The lowest missing sequence, or null when there is none.</summary>
    public long? Lowest => IsEmpty ? null : _firstSeen.Keys.First();

    public DateTime FirstSeen(long sequence) => _firstSeen[sequence];

    /// <summary>
    /// Adds the sequences a read past <paramref name="after"/> skipped: those above it and below the highest of
    /// <paramref name="read"/> (ascending) that it does not contain. Keeps at most <paramref name="capacity"/>
    /// gaps, the highest (the most recently numbered, likeliest still in an open transaction);
    /// <paramref name="dropped"/> says how many were left out.
    /// </summary>
    public ChangeLogGaps WithSkipped(long after, IReadOnlyList<long> read, DateTime now, int capacity, out long dropped)
    {
        dropped = 0;
        if (read.Count == 0)
        {
            return this;
        }
        var room = Math.Max(0, capacity);
        var added = new List<long>();
        // From the top down, so the highest are kept and a huge jump in numbering is never enumerated.
        var upper = read[^1];
        for (var i = read.Count - 2; i >= -1; i--)
        {
            var lower = i >= 0 ? read[i] : after;
            var missing = upper - lower - 1;
            if (missing > 0)
            {
                var take = Math.Min(missing, room - added.Count);
                for (var k = 0L; k < take; k++)
                {
                    added.Add(upper - 1 - k);
                }
                dropped += missing - take;
            }
            upper = lower;
        }
        if (added.Count == 0)
        {
            return this;
        }
        var next = new SortedDictionary<long, DateTime>(_firstSeen);
        foreach (var sequence in added)
        {
            next.TryAdd(sequence, now);
        }
        while (next.Count > room)
        {
            next.Remove(next.Keys.First());
            dropped++;
        }
        return new ChangeLogGaps(next);
    }

    /// <summary>Without the sequences that have now been read.</summary>
    public ChangeLogGaps Without(IEnumerable<long> found)
    {
        SortedDictionary<long, DateTime>? next = null;
        foreach (var sequence in found)
        {
            if (_firstSeen.ContainsKey(sequence))
            {
                next ??= new SortedDictionary<long, DateTime>(_firstSeen);
                next.Remove(sequence);
            }
        }
        return next is null ? this : new ChangeLogGaps(next);
    }

    /// <summary>
    /// Without the gaps first missed at least <paramref name="window"/> before <paramref name="readAt"/>. Call it
    /// only with the time a re-read of the gaps started: a gap may be given up only once a read made after its
    /// window still did not find it.
    /// </summary>
    public ChangeLogGaps WithoutExpired(DateTime readAt, TimeSpan window)
    {
        var expired = _firstSeen.Where(g => g.Value + window <= readAt).Select(g => g.Key).ToList();
        return Without(expired);
    }

    /// <summary>Runs of consecutive sequences missed at the same time, as "first-last@unixSeconds" separated by ';'.</summary>
    public string Serialize()
    {
        var text = new StringBuilder();
        long? first = null, last = null;
        long seen = 0;
        foreach (var (sequence, time) in _firstSeen)
        {
            var seconds = new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)).ToUnixTimeSeconds();
            if (first is not null && sequence == last + 1 && seconds == seen)
            {
                last = sequence;
                continue;
            }
            Append(text, first, last, seen);
            first = last = sequence;
            seen = seconds;
        }
        Append(text, first, last, seen);
        return text.ToString();
    }

    /// <summary>Reads <see cref="Serialize"/>'s text; anything malformed reads as no gaps (the value is only ever written by Serialize).</summary>
    public static ChangeLogGaps Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return None;
        }
        var gaps = new SortedDictionary<long, DateTime>();
        foreach (var run in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = run.IndexOf('@', StringComparison.Ordinal);
            if (at < 0 || !long.TryParse(run.AsSpan(at + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
            {
                return None;
            }
            var range = run[..at];
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            if (!long.TryParse(dash < 0 ? range : range[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !long.TryParse(dash < 0 ? range : range[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
                || last < first || last - first > 1_000_000)
            {
                return None;
            }
            var time = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
            for (var sequence = first; sequence <= last; sequence++)
            {
                gaps[sequence] = time;
            }
        }
        return new ChangeLogGaps(gaps);
    }

    private static void Append(StringBuilder text, long? first, long? last, long seconds)
    {
        if (first is null)
        {
            return;
        }
        if (text.Length > 0)
        {
            text.Append(';');
        }
        text.Append(first.Value.ToString(CultureInfo.InvariantCulture));
        if (last != first)
        {
            text.Append('-').Append(last!.Value.ToString(CultureInfo.InvariantCulture));
        }
        text.Append('@').Append(seconds.ToString(CultureInfo.InvariantCulture));
    }
}
