using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Modules;

namespace Portal.Web.ViewComponents;

/// <summary>The admin navigation: entries of enabled modules that the user is allowed to see, grouped, with their modules' counts.</summary>
public sealed class AdminMenuViewComponent(ModuleCatalog catalog, ITenantContext tenant, IPermissionService permissions, IEnumerable<IAdminMenuBadge> badges) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in catalog.AdminMenu)
        {
            if (!catalog.IsEnabled(item.ModuleId, tenant.Tenant.EnabledModules) || (item.HostOnly && !tenant.Tenant.IsHost))
            {
                continue;
            }
            if (item.Permission is null || await permissions.HasPermissionAsync(UserClaimsPrincipal, item.Permission))
            {
                visible.Add(item);
            }
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var badge in badges.Where(b => visible.Any(i => i.Path == b.Path)))
        {
            if (await badge.CountAsync(UserClaimsPrincipal, HttpContext.RequestAborted) is { } count)
            {
                counts[badge.Path] = count;
            }
        }
        ViewData["Badges"] = counts;
        var groups = visible.GroupBy(i => i.Group).Select(g => g.OrderBy(i => i.Order).ToList()).ToList();
        return View(groups);
    }
}
