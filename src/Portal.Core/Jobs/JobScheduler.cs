using Portal.Abstractions.Jobs;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;

namespace Portal.Core.Jobs;

/// <summary>Persists one-off jobs of the current tenant in the host job table.</summary>
public sealed class JobScheduler(HostDbContext db, ITenantContext tenant, TimeProvider clock) : IJobScheduler
{
    public async Task<long> ScheduleOnceAsync<TJob>(string displayName, string? payload = null, DateTime? runAtUtc = null, CancellationToken cancellationToken = default)
        where TJob : IJob
    {
        var job = new JobRecord
        {
            TenantName = tenant.Tenant.Name,
            Name = "once:" + Guid.NewGuid().ToString("N"),
            DisplayName = displayName,
            JobType = typeof(TJob).AssemblyQualifiedName!,
            Payload = payload,
            NextRunUtc = runAtUtc ?? clock.GetUtcNow().UtcDateTime,
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return job.Id;
    }
}
