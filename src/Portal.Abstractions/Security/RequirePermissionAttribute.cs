using Microsoft.AspNetCore.Authorization;

namespace Portal.Abstractions.Security;

/// <summary>Requires the signed-in user of the current tenant to hold a permission through one of their roles.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    /// <summary>Prefix of the policy names that the permission policy provider understands.</summary>
    public const string PolicyPrefix = "Permission:";

    /// <summary>Requires <paramref name="permissionName"/>.</summary>
    public RequirePermissionAttribute(string permissionName) : base(PolicyPrefix + permissionName)
    {
        PermissionName = permissionName;
    }

    /// <summary>The permission required.</summary>
    public string PermissionName { get; }
}
