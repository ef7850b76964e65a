using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Time;
using Portal.CoreAdmin.Operations;
using Portal.CoreAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>
/// The current tenant's audit trail: filter, page, export. Reading <see cref="TenantDbContext"/>
/// means only this tenant's events can ever appear (each tenant has its own database).
/// </summary>
[Route("admin/audit")]
[RequirePermission(nameof(CorePermissions.ViewAuditTrail))]
[ModuleController(CoreAdminModule.Id)]
public sealed class AuditController(TenantDbContext db, TimeProvider clock, IStringLocalizer<AuditController> T) : AdminController
{
    public const int PageSize = 50;

    /// <summary>Keeps one export to a size a browser and Excel handle comfortably.</summary>
    public const int MaxExportRows = 100_000;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        var errors = Problems(filter);
        if (errors.Count > 0)
        {
            // A mistyped or far-off date: the whole trail, unfiltered by date, under the reason.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter.From = filter.To = null;
        }
        var query = AuditQuery.Apply(db.AuditEvents.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var paging = Paging.Clamped(page, PageSize, total);
        return View(new AuditIndexViewModel
        {
            Filter = filter,
            Events = await query.Skip(paging.Skip).Take(paging.Take).ToListAsync(cancellationToken),
            Categories = await db.AuditEvents.AsNoTracking().Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken),
            Page = paging.Page,
            PageSize = PageSize,
            Total = total,
            Errors = errors,
        });
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        if (Problems(filter) is { Count: > 0 } errors)
        {
            return BadRequest(string.Join(" ", errors));
        }
        var events = await AuditQuery.Apply(db.AuditEvents.AsNoTracking(), filter).Take(MaxExportRows).ToListAsync(cancellationToken);
        var stamp = VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return File(AuditCsv.Write(events), "text/csv; charset=utf-8", $"nhat-ky-{stamp}.csv");
    }

    /// <summary>Dates that did not bind (model binding's Vietnamese message) or lie outside <see cref="DateBounds"/>.</summary>
    private List<string> Problems(AuditFilter filter)
    {
        var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList();
        if ((filter.From is { } from && !DateBounds.Contains(from)) || (filter.To is { } to && !DateBounds.Contains(to)))
        {
            errors.Add(T[DateBounds.Message]);
        }
        return errors;
    }
}
