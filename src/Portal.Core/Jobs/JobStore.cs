using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenancy;

namespace Portal.Core.Jobs;

/// <summary>
/// Lease operations on the job table. Each is a single conditional UPDATE, so exactly one node
/// wins a job on SQLite and PostgreSQL alike, and a crashed node's lease simply runs out.
/// </summary>
public sealed class JobStore(HostDbContext db, TimeProvider clock)
{
    public Task<List<JobRecord>> DueAsync(int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Jobs.AsNoTracking()
            .Where(j => j.Enabled && j.NextRunUtc != null && j.NextRunUtc <= now && (j.LeaseExpiresUtc == null || j.LeaseExpiresUtc < now))
            .OrderBy(j => j.NextRunUtc)
            .Take(max)
            .ToListAsync(ct);
    }

    public async Task<bool> TryAcquireAsync(long id, string owner, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Jobs
            .Where(j => j.Id == id && j.Enabled && j.NextRunUtc != null && j.NextRunUtc <= now && (j.LeaseExpiresUtc == null || j.LeaseExpiresUtc < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, owner)
                .SetProperty(j => j.LeaseExpiresUtc, now + lease)
                .SetProperty(j => j.LastRunUtc, now)
                .SetProperty(j => j.Outcome, JobOutcome.Running), ct);
        return rows == 1;
    }

    public async Task<bool> RenewAsync(long id, string owner, TimeSpan lease, CancellationToken ct)
    {
        var expires = clock.GetUtcNow().UtcDateTime + lease;
        return await db.Jobs.Where(j => j.Id == id && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresUtc, expires), ct) == 1;
    }

    public async Task CompleteAsync(JobRecord job, string owner, bool succeeded, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? next = job.Cron is null ? null : CronSchedule.Next(job.Cron, now);
        var enabled = job.Cron is not null;
        await db.Jobs.Where(j => j.Id == job.Id && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresUtc, (DateTime?)null)
                .SetProperty(j => j.LastFinishedUtc, now)
                .SetProperty(j => j.Outcome, succeeded ? JobOutcome.Succeeded : JobOutcome.Failed)
                .SetProperty(j => j.LastError, error)
                .SetProperty(j => j.RunCount, j => j.RunCount + 1)
                .SetProperty(j => j.NextRunUtc, j => j.NextRunUtc > now ? j.NextRunUtc : next)
                .SetProperty(j => j.Enabled, j => enabled || j.NextRunUtc > now), ct);
    }

    /// <summary>Makes a job due now ("run now"), unless it is running.</summary>
    public async Task<bool> RunNowAsync(string tenantName, long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Jobs.Where(j => j.Id == id && j.TenantName == tenantName && (j.LeaseExpiresUtc == null || j.LeaseExpiresUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.NextRunUtc, now).SetProperty(j => j.Enabled, true), ct) == 1;
    }
}
