using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Web.ViewModels;

namespace Portal.Web.Controllers.Admin;

/// <summary>The admin home: the unit's site at a glance and the latest audit events.</summary>
[Route("admin")]
public sealed class DashboardController(TenantDbContext db) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new DashboardViewModel
    {
        UserCount = await db.Users.CountAsync(),
        SectionCount = await db.Sections.CountAsync(),
        FieldCount = await db.Fields.CountAsync(),
        RecentEvents = await db.AuditEvents.OrderByDescending(a => a.Id).Take(10).ToListAsync(),
    });
}
