using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Time;
using Portal.Web.Operations;
using Portal.Web.ViewModels;

namespace Portal.Web.Controllers.Admin;

/// <summary>
/// The current tenant's audit trail: filter, page, export. Reading <see cref="TenantDbContext"/>
/// means only this tenant's events can ever appear (each tenant has its own database).
/// </summary>
[Route("admin/audit")]
[RequirePermission(nameof(CorePermissions.ViewAuditTrail))]
public sealed class AuditController(TenantDbContext db, TimeProvider clock) : AdminControllerBase
{
    public const int PageSize = 50;

    /// <summary>Keeps one export to a size a browser and Excel handle comfortably.</summary>
    public const int MaxExportRows = 100_000;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = AuditQuery.Apply(db.AuditEvents.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        return View(new AuditIndexViewModel
        {
            Filter = filter,
            Events = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken),
            Categories = await db.AuditEvents.AsNoTracking().Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken),
            Page = page,
            PageSize = PageSize,
            Total = total,
        });
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        var events = await AuditQuery.Apply(db.AuditEvents.AsNoTracking(), filter).Take(MaxExportRows).ToListAsync(cancellationToken);
        var stamp = VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return File(AuditCsv.Write(events), "text/csv; charset=utf-8", $"nhat-ky-{stamp}.csv");
    }
}
