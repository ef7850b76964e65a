using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Jobs;
using Portal.Core.Data;

namespace Portal.Search.Indexing;

/// <summary>
/// Keeps the change log from growing for ever (ADR 0006): deletes delivered messages older than
/// <see cref="SearchOptions.ChangeLogRetention"/>. Each node's index keeps its own cursor, which the database
/// does not know; an index that falls behind the pruned part (a node down for longer than the retention)
/// notices the gap and re-indexes every item (<see cref="SearchIndexer"/>), so pruning never loses a change.
/// </summary>
public sealed class ChangeLogPruningJob(TenantDbContext db, IOptions<SearchOptions> options, TimeProvider clock) : IJob
{
    public const string Name = "Search.PruneChangeLog";

    public async Task ExecuteAsync(JobExecutionContext context, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.Value.ChangeLogRetention;
        // The newest message always stays: it tells a reader how far the log has gone, so an index behind the pruned part sees the gap.
        var newest = await db.Outbox.MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0;
        await db.Outbox.Where(m => m.DispatchedUtc != null && m.CreatedUtc < before && m.Sequence < newest).ExecuteDeleteAsync(cancellationToken);
    }
}
