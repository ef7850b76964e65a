using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Modules;

namespace Portal.Web.ViewComponents;

/// <summary>The admin navigation: entries of enabled modules that the user is allowed to see, grouped.</summary>
public sealed class AdminMenuViewComponent(ModuleCatalog catalog, ITenantContext tenant, IPermissionService permissions) : ViewComponent
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
        var groups = visible.GroupBy(i => i.Group).Select(g => g.OrderBy(i => i.Order).ToList()).ToList();
        return View(groups);
    }
}
