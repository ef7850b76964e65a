using System.Security.Claims;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Modules;

namespace Portal.Core.Admin;

/// <summary>
/// The admin entries a user may use here: of modules the tenant enabled, host-only ones only on the host, and only those
/// whose permission the user holds. The menu draws them; the dashboard asks only their modules for the user's work.
/// </summary>
public sealed class AdminMenuVisibility(ModuleCatalog catalog, ITenantContext tenant, IPermissionService permissions)
{
    private List<AdminMenuItem>? _visible;

    public async Task<IReadOnlyList<AdminMenuItem>> VisibleAsync(ClaimsPrincipal user)
    {
        if (_visible is not null)
        {
            return _visible;
        }
        var visible = new List<AdminMenuItem>();
        foreach (var item in catalog.AdminMenu)
        {
            if (!catalog.IsEnabled(item.ModuleId, tenant.Tenant.EnabledModules) || (item.HostOnly && !tenant.Tenant.IsHost))
            {
                continue;
            }
            if (item.Permission is null || await permissions.HasPermissionAsync(user, item.Permission))
            {
                visible.Add(item);
            }
        }
        return _visible = visible;
    }

    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, string path) => (await VisibleAsync(user)).Any(i => i.Path == path);
}
