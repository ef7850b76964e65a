using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Data;

namespace Portal.Core.Identity.Admin;

/// <summary>
/// Stops privilege escalation: an administrator of users or roles may only hand out what they hold
/// themselves, and only the tenant's Administrators may touch Administrator accounts.
/// </summary>
public sealed class GrantRules(TenantDbContext db, PermissionService permissions)
{
    /// <summary>Asks the database, not the cookie, so a demoted administrator loses the right at once.</summary>
    public Task<bool> IsAdministratorAsync(ClaimsPrincipal actor) => permissions.IsAdministratorAsync(actor);

    /// <summary>Permissions of <paramref name="roleNames"/> that <paramref name="actor"/> does not hold.</summary>
    public async Task<List<string>> PermissionsBeyondActorAsync(ClaimsPrincipal actor, IEnumerable<string> roleNames)
    {
        var names = roleNames.ToList();
        if (names.Count == 0 || await IsAdministratorAsync(actor))
        {
            return [];
        }
        if (names.Contains(BuiltInRoles.Administrator))
        {
            return [BuiltInRoles.Administrator];
        }
        var granted = await db.RoleClaims
            .Where(rc => rc.ClaimType == PermissionClaim.Type)
            .Join(db.Roles.Where(r => names.Contains(r.Name!)), rc => rc.RoleId, r => r.Id, (rc, _) => rc.ClaimValue!)
            .Distinct()
            .ToListAsync();
        return await MissingAsync(actor, granted);
    }

    /// <summary>Of <paramref name="permissionNames"/>, those <paramref name="actor"/> does not hold.</summary>
    public async Task<List<string>> MissingAsync(ClaimsPrincipal actor, IEnumerable<string> permissionNames)
    {
        var missing = new List<string>();
        foreach (var name in permissionNames)
        {
            if (!await permissions.HasPermissionAsync(actor, name))
            {
                missing.Add(name);
            }
        }
        return missing;
    }
}
