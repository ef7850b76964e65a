using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Data;

namespace Portal.Core.Identity;

/// <summary>
/// Reads the permissions of the user's roles from the tenant database, once per scope. Roles come
/// from the database rather than the cookie, so a role change or a disabled account takes effect on
/// the next request instead of at the next security-stamp check.
/// </summary>
public sealed class PermissionService(TenantDbContext db) : IPermissionService
{
    private HashSet<string>? _granted;
    private bool _isAdministrator;

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permissionName) =>
        await LoadAsync(user) && (_isAdministrator || _granted!.Contains(permissionName));

    /// <summary>True when the user is an active holder of the tenant's Administrator role (read from the database).</summary>
    public async Task<bool> IsAdministratorAsync(ClaimsPrincipal user) => await LoadAsync(user) && _isAdministrator;

    private async Task<bool> LoadAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }
        if (_granted is null)
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var roles = await db.UserRoles
                .Where(ur => ur.UserId == userId && db.Users.Any(u => u.Id == userId && u.IsActive))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => new { r.Id, r.Name })
                .ToListAsync();
            var roleIds = roles.Select(r => r.Id).ToList();
            _isAdministrator = roles.Any(r => r.Name == BuiltInRoles.Administrator);
            _granted = (await db.RoleClaims
                    .Where(rc => rc.ClaimType == PermissionClaim.Type && roleIds.Contains(rc.RoleId))
                    .Select(rc => rc.ClaimValue!)
                    .ToListAsync())
                .ToHashSet(StringComparer.Ordinal);
        }
        return true;
    }
}
