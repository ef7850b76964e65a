using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Hosting;
using Portal.Core.Identity;
using Portal.Core.Jobs;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.CoreAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>
/// The current tenant's background jobs. Jobs of all tenants share the host table, so every lookup
/// is filtered by the tenant's name: another tenant's job id answers 404 and nothing changes (ADR 0003). On the host
/// tenant the page also shows the process's background services (running, failed and when they restart).
/// </summary>
[Route("admin/jobs")]
[RequirePermission(nameof(CorePermissions.ManageJobs))]
[ModuleController(CoreAdminModule.Id)]
public sealed class JobsController(
    HostDbContext hostDb,
    JobStore store,
    ITenantContext tenant,
    ModuleCatalog catalog,
    IAuditTrail audit,
    IStringLocalizer<JobsController> T,
    TimeProvider clock,
    BackgroundServiceHealth services) : AdminController
{
    private const string Category = "Jobs";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await BuildModelAsync(null, null, null, cancellationToken));

    [HttpPost("{id:long}/run"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RunNow(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job)
        {
            return NotFound();
        }
        if (!await store.RunNowAsync(tenant.Tenant.Name, id, cancellationToken))
        {
            Flash(T["Tác vụ “{0}” đang chạy; hãy thử lại khi tác vụ kết thúc.", T[job.DisplayName].Value]);
            return RedirectToAction(nameof(Index));
        }
        await audit.RecordAsync(new AuditEntry(Category, "JobRunNow", job.Name, $"Yêu cầu chạy ngay tác vụ “{job.DisplayName}”."), cancellationToken);
        Flash(T["Đã đưa tác vụ “{0}” vào hàng chờ; tác vụ sẽ bắt đầu trong vài giây.", T[job.DisplayName].Value]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/cron"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditCron(long id, string? cron, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job)
        {
            return NotFound();
        }
        if (job.Cron is null)
        {
            // One-off jobs run once at their time; giving them a schedule would make them recurring by accident.
            return BadRequest();
        }
        if (!CronSchedule.TryParse(cron, out _, out var error))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await BuildModelAsync(id, T[error!].Value, cron, cancellationToken));
        }
        var expression = cron!.Trim();
        var previous = job.Cron;
        var now = clock.GetUtcNow().UtcDateTime;
        var next = CronSchedule.Next(expression, now);
        await hostDb.Jobs.Where(j => j.Id == id && j.TenantName == tenant.Tenant.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Cron, expression).SetProperty(j => j.NextRunUtc, next), cancellationToken);
        await audit.RecordAsync(new AuditEntry(Category, "JobCronChanged", job.Name, $"Đổi lịch chạy tác vụ “{job.DisplayName}” từ “{previous}” thành “{expression}”."), cancellationToken);
        Flash(T["Đã lưu lịch chạy của tác vụ “{0}”.", T[job.DisplayName].Value]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/enable"), ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(long id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    [HttpPost("{id:long}/disable"), ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(long id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    private async Task<IActionResult> SetEnabledAsync(long id, bool enabled, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } job)
        {
            return NotFound();
        }
        // A recurring job switched back on resumes from its next occurrence, not from a missed one.
        DateTime? next = enabled && job.Cron is not null ? CronSchedule.Next(job.Cron, clock.GetUtcNow().UtcDateTime) : job.NextRunUtc;
        await hostDb.Jobs.Where(j => j.Id == id && j.TenantName == tenant.Tenant.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Enabled, enabled).SetProperty(j => j.NextRunUtc, next), cancellationToken);
        await audit.RecordAsync(new AuditEntry(Category, enabled ? "JobEnabled" : "JobDisabled", job.Name,
            enabled ? $"Bật tác vụ “{job.DisplayName}”." : $"Tắt tác vụ “{job.DisplayName}”."), cancellationToken);
        Flash(enabled ? T["Đã bật tác vụ “{0}”.", T[job.DisplayName].Value] : T["Đã tắt tác vụ “{0}”.", T[job.DisplayName].Value]);
        return RedirectToAction(nameof(Index));
    }

    private Task<JobRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        hostDb.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.TenantName == tenant.Tenant.Name, cancellationToken);

    private async Task<JobsIndexViewModel> BuildModelAsync(long? errorJobId, string? error, string? attemptedCron, CancellationToken cancellationToken)
    {
        var jobs = await hostDb.Jobs.AsNoTracking()
            .Where(j => j.TenantName == tenant.Tenant.Name)
            .OrderBy(j => j.Cron == null).ThenBy(j => j.DisplayName)
            .ToListAsync(cancellationToken);
        return new JobsIndexViewModel
        {
            Jobs = jobs,
            NowUtc = clock.GetUtcNow().UtcDateTime,
            Paused = jobs.Where(j => j.ModuleId is not null && !catalog.IsEnabled(j.ModuleId, tenant.Tenant.EnabledModules)).Select(j => j.Id).ToHashSet(),
            ErrorJobId = errorJobId,
            Error = error,
            AttemptedCron = attemptedCron,
            // The process's own services serve every unit: only the operator (host tenant) sees them and their errors.
            Services = tenant.Tenant.IsHost ? services.All : [],
        };
    }
}
