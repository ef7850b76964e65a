using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Core.Data;

namespace Portal.Search.Indexing;

/// <summary>
/// Reads the tenant's ordered change log past a cursor, and the sequences a previous read found missing.
/// With SQLite, writers are serialised and sequence order is commit order; a database that numbers messages
/// at insert (PostgreSQL) can commit a lower sequence after a higher one was read. The reader does not rely
/// on either: it reports the sequences it read, so the indexer remembers the ones skipped
/// (<see cref="ChangeLogGaps"/>) and re-reads them here until they appear or their window passes (ADR 0006).
/// </summary>
public sealed class ChangeLogReader(TenantDbContext db)
{
    private const int BatchSize = 500;

    /// <summary>Sequences per <c>IN (…)</c> list when re-reading gaps, well under every database's parameter limit.</summary>
    private const int GapChunk = 500;
    private static readonly string ContentEventType = typeof(ContentEvent).FullName + ",";

    /// <summary>The next committed messages after <paramref name="cursor"/>: their last sequence and the content items they touch.</summary>
    public async Task<ChangeBatch> ReadAfterAsync(long cursor, CancellationToken cancellationToken)
    {
        var rows = await db.Outbox.AsNoTracking()
            .Where(m => m.Sequence > cursor)
            .OrderBy(m => m.Sequence)
            .Take(BatchSize)
            .Select(m => new Row(m.Sequence, m.EventType, m.Payload))
            .ToListAsync(cancellationToken);
        return rows.Count == 0 ? new ChangeBatch(cursor, [], []) : ToBatch(rows);
    }

    /// <summary>
    /// The messages among <paramref name="sequences"/> that the log holds now (gaps that were committed late);
    /// <see cref="ChangeBatch.LastSequence"/> is 0 when none is there.
    /// </summary>
    public async Task<ChangeBatch> ReadSequencesAsync(IReadOnlyCollection<long> sequences, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        foreach (var chunk in sequences.Chunk(GapChunk))
        {
            rows.AddRange(await db.Outbox.AsNoTracking()
                .Where(m => chunk.Contains(m.Sequence))
                .Select(m => new Row(m.Sequence, m.EventType, m.Payload))
                .ToListAsync(cancellationToken));
        }
        rows.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return rows.Count == 0 ? new ChangeBatch(0, [], []) : ToBatch(rows);
    }

    /// <summary>
    /// The sequences the log holds from the last message created before <paramref name="since"/> (or its start) up to
    /// <paramref name="head"/>, ascending, the first one being that last older message (0 when there is none). A rebuild
    /// starts at the head; what is missing among these may still be committed late, so it starts with them as gaps.
    /// </summary>
    public async Task<IReadOnlyList<long>> RecentSequencesAsync(long head, DateTime since, CancellationToken cancellationToken)
    {
        var floor = await db.Outbox.AsNoTracking()
            .Where(m => m.Sequence <= head && m.CreatedUtc < since)
            .MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0;
        var recent = await db.Outbox.AsNoTracking()
            .Where(m => m.Sequence > floor && m.Sequence <= head)
            .OrderBy(m => m.Sequence)
            .Select(m => m.Sequence)
            .ToListAsync(cancellationToken);
        recent.Insert(0, floor);
        return recent;
    }

    private static ChangeBatch ToBatch(List<Row> rows)
    {
        // The assembly version in the stored type name changes with releases; the type's full name does not.
        var items = rows.Where(r => r.EventType.StartsWith(ContentEventType, StringComparison.Ordinal))
            .Select(r => JsonSerializer.Deserialize<ContentEvent>(r.Payload)?.ContentItemId ?? 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();
        return new ChangeBatch(rows[^1].Sequence, items, rows.Select(r => r.Sequence).ToList());
    }

    /// <summary>The first sequence still in the log (older messages may have been pruned), or null when it is empty.</summary>
    public Task<long?> OldestAsync(CancellationToken cancellationToken) =>
        db.Outbox.AsNoTracking().MinAsync(m => (long?)m.Sequence, cancellationToken);

    /// <summary>The last sequence committed now; a rebuild replays from here after indexing every item.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken) =>
        await db.Outbox.AsNoTracking().MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0;
}

/// <summary>
/// Messages up to <paramref name="LastSequence"/>; <paramref name="ItemIds"/> are the content items they changed and
/// <paramref name="Sequences"/> the messages read, ascending (what lies between them was missing).
/// </summary>
public sealed record ChangeBatch(long LastSequence, IReadOnlyList<int> ItemIds, IReadOnlyList<long> Sequences);

internal sealed record Row(long Sequence, string EventType, string Payload);
