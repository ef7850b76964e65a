using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Data;

namespace Portal.Core.Identity;

/// <summary>Reads the permissions of the user's roles from the tenant database, once per scope.</summary>
public sealed class PermissionService(TenantDbContext db) : IPermissionService
{
    private HashSet<string>? _granted;
    private bool _isAdministrator;

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permissionName)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }
        if (_granted is null)
        {
            var roleNames = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
            _isAdministrator = roleNames.Contains(BuiltInRoles.Administrator);
            _granted = (await db.RoleClaims
                    .Where(rc => rc.ClaimType == PermissionClaim.Type)
                    .Join(db.Roles.Where(r => roleNames.Contains(r.Name!)), rc => rc.RoleId, r => r.Id, (rc, _) => rc.ClaimValue!)
                    .ToListAsync())
                .ToHashSet(StringComparer.Ordinal);
        }
        return _isAdministrator || _granted.Contains(permissionName);
    }
}
