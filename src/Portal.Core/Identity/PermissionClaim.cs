namespace Portal.Core.Identity;

/// <summary>The role-claim type under which granted permissions are stored.</summary>
public static class PermissionClaim
{
    public const string Type = "portal/permission";

    /// <summary>Claim in the auth cookie that binds a sign-in to one tenant.</summary>
    public const string TenantType = "portal/tenant";
}
