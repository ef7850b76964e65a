using System.Security.Claims;

namespace Portal.Abstractions.Security;

/// <summary>Answers whether a user of the current tenant holds a permission.</summary>
public interface IPermissionService
{
    /// <summary>True when one of the user's roles grants <paramref name="permissionName"/> (the Administrator role grants all).</summary>
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permissionName);
}
