using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Jobs;
using Portal.Core.Data;

namespace Portal.CoreAdmin.Jobs;

/// <summary>Weekly housekeeping of a tenant's SQLite file: refresh query statistics and fold the WAL back in.</summary>
public sealed class OptimizeDatabaseJob(TenantDbContext db) : IJob
{
    public async Task ExecuteAsync(JobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
