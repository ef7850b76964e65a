using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Core.Data;

namespace Portal.Search.Indexing;

/// <summary>
/// Reads the tenant's ordered change log past a cursor. With SQLite, writers are serialised and the
/// sequence is taken inside the writing transaction, so sequence order is commit order: a change that
/// commits late still gets a sequence above every cursor already stored, and is never skipped (ADR 0006).
/// </summary>
public sealed class ChangeLogReader(TenantDbContext db)
{
    private const int BatchSize = 500;
    private static readonly string ContentEventType = typeof(ContentEvent).FullName + ",";

    /// <summary>The next committed messages after <paramref name="cursor"/>: their last sequence and the content items they touch.</summary>
    public async Task<ChangeBatch> ReadAfterAsync(long cursor, CancellationToken cancellationToken)
    {
        var rows = await db.Outbox.AsNoTracking()
            .Where(m => m.Sequence > cursor)
            .OrderBy(m => m.Sequence)
            .Take(BatchSize)
            .Select(m => new { m.Sequence, m.EventType, m.Payload })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return new ChangeBatch(cursor, []);
        }
        // The assembly version in the stored type name changes with releases; the type's full name does not.
        var items = rows.Where(r => r.EventType.StartsWith(ContentEventType, StringComparison.Ordinal))
            .Select(r => JsonSerializer.Deserialize<ContentEvent>(r.Payload)?.ContentItemId ?? 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();
        return new ChangeBatch(rows[^1].Sequence, items);
    }

    /// <summary>The first sequence still in the log (older messages may have been pruned), or null when it is empty.</summary>
    public Task<long?> OldestAsync(CancellationToken cancellationToken) =>
        db.Outbox.AsNoTracking().MinAsync(m => (long?)m.Sequence, cancellationToken);

    /// <summary>The last sequence committed now; a rebuild replays from here after indexing every item.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken) =>
        await db.Outbox.AsNoTracking().MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0;
}

/// <summary>Messages up to <paramref name="LastSequence"/>; <paramref name="ItemIds"/> are the content items they changed.</summary>
public sealed record ChangeBatch(long LastSequence, IReadOnlyList<int> ItemIds);
