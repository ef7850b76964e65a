using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Tenancy;
using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Core.Jobs;

/// <summary>Makes sure each tenant has a row for every recurring job of its enabled modules.</summary>
public sealed class RecurringJobSynchronizer(HostDbContext db, ModuleCatalog catalog, TimeProvider clock)
{
    public async Task SynchronizeAsync(IEnumerable<TenantDescriptor> tenants, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = (await db.Jobs.AsNoTracking().Where(j => j.Cron != null).Select(j => new { j.TenantName, j.Name }).ToListAsync(cancellationToken))
            .Select(j => (j.TenantName, j.Name)).ToHashSet();
        foreach (var tenant in tenants.Where(t => t.Status != TenantStatus.Deleted))
        {
            foreach (var module in catalog.Modules.Where(m => catalog.IsEnabled(m.Manifest.Id, tenant.EnabledModules)))
            {
                foreach (var definition in module.RecurringJobs)
                {
                    if (existing.Contains((tenant.Name, definition.Name)))
                    {
                        continue;
                    }
                    db.Jobs.Add(new JobRecord
                    {
                        TenantName = tenant.Name,
                        Name = definition.Name,
                        DisplayName = definition.DisplayName,
                        JobType = definition.JobType.AssemblyQualifiedName!,
                        ModuleId = module.Manifest.Id,
                        Cron = definition.DefaultCron,
                        NextRunUtc = CronSchedule.Next(definition.DefaultCron, now),
                    });
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
