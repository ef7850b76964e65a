using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Admin;
using Portal.CoreAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>
/// The admin home shows each user their own work: what waits on them in the enabled modules (waiting, overdue), their latest
/// items, and only the figures and the activity their rights let them use — the unit's log to those who may read the audit
/// trail, their own sign-ins and changes to everyone else.
/// </summary>
[Route("admin")]
[ModuleController(CoreAdminModule.Id)]
public sealed class DashboardController(TenantDbContext db, IPermissionService permissions, AdminMenuVisibility menu, IEnumerable<IAdminDashboardWork> work) : AdminController
{
    private const int WorkItems = 5;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userName = User.Identity?.Name;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var unitActivity = await CanAsync(CorePermissions.ViewAuditTrail.Name);
        var events = db.AuditEvents.AsNoTracking();
        var writes = await CanAsync(ContentPermissions.CreateContent.Name);
        var manageSite = await CanAsync(CorePermissions.ManageSite.Name);
        return View(new DashboardViewModel
        {
            Work = await WorkAsync(cancellationToken),
            MyItems = writes ? await MyItemsAsync(userId, cancellationToken) : null,
            UserCount = await CanAsync(CorePermissions.ManageUsers.Name) ? await db.Users.CountAsync(cancellationToken) : null,
            SectionCount = manageSite ? await db.Sections.CountAsync(cancellationToken) : null,
            FieldCount = manageSite ? await db.Fields.CountAsync(cancellationToken) : null,
            UnitActivity = unitActivity,
            RecentEvents = await (unitActivity ? events : events.Where(e => (userId != null && e.UserId == userId) || (userName != null && e.UserName == userName)))
                .OrderByDescending(a => a.Id).Take(10).ToListAsync(cancellationToken),
        });
    }

    private async Task<List<AdminWork>> WorkAsync(CancellationToken cancellationToken)
    {
        var all = new List<AdminWork>();
        foreach (var source in work)
        {
            if (await menu.IsVisibleAsync(User, source.Path) && await source.WorkAsync(User, WorkItems, cancellationToken) is { } mine)
            {
                all.Add(mine);
            }
        }
        return all;
    }

    private Task<List<DashboardViewModel.RecentItem>> MyItemsAsync(string? userId, CancellationToken cancellationToken) =>
        (from i in db.ContentItems.AsNoTracking()
         join v in db.ContentVersions.AsNoTracking() on new { Id = i.Id, N = i.LatestVersion } equals new { Id = v.ContentItemId, N = v.Number }
         where !i.IsDeleted && userId != null && i.OwnerId == userId
         orderby i.ModifiedUtc descending, i.Id descending
         select new DashboardViewModel.RecentItem(i.Id, v.Title, i.ContentType, i.Status, i.ModifiedUtc))
        .Take(WorkItems).ToListAsync(cancellationToken);

    private Task<bool> CanAsync(string permission) => permissions.HasPermissionAsync(User, permission);
}
