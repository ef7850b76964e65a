using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Sites;

namespace Portal.Core.Identity;

/// <summary>
/// Gives an existing tenant's built-in roles the permissions that appeared since it was created (a new
/// module, a new action), as a new tenant would get them — but never re-grants what a unit took away:
/// the names already offered are remembered in the tenant's settings.
/// </summary>
public static class NewPermissionGrants
{
    private const string SeenKey = "Permissions.Seen";

    public static async Task ApplyAsync(TenantDbContext db, ModuleCatalog catalog, CancellationToken cancellationToken)
    {
        var seenSetting = await db.Settings.SingleOrDefaultAsync(s => s.Key == SeenKey, cancellationToken);
        // Before this record existed, "new" means: held by no role at all.
        var known = seenSetting is not null
            ? seenSetting.Value.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
            : (await db.RoleClaims.Where(c => c.ClaimType == PermissionClaim.Type).Select(c => c.ClaimValue!).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        foreach (var permission in catalog.Permissions.Where(p => !known.Contains(p.Name)))
        {
            foreach (var roleName in permission.DefaultRoles.Where(roles.ContainsKey))
            {
                var roleId = roles[roleName];
                if (!await db.RoleClaims.AnyAsync(c => c.RoleId == roleId && c.ClaimType == PermissionClaim.Type && c.ClaimValue == permission.Name, cancellationToken))
                {
                    db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = roleId, ClaimType = PermissionClaim.Type, ClaimValue = permission.Name });
                }
            }
        }
        var all = string.Join(',', catalog.Permissions.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal));
        if (seenSetting is null)
        {
            db.Settings.Add(new SiteSetting { Key = SeenKey, Value = all });
        }
        else
        {
            seenSetting.Value = all;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Part of the tenant's version stamp, so a changed permission list brings every tenant through the upgrader.</summary>
    public static string Fingerprint(ModuleCatalog catalog) =>
        "perm:" + string.Join(',', catalog.Permissions.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal)) + ";";
}
