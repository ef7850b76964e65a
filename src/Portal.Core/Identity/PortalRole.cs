using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Identity;

/// <summary>A role of one tenant; its permissions are role claims of type <see cref="PermissionClaim.Type"/>.</summary>
public sealed class PortalRole : IdentityRole
{
    public PortalRole() { }

    public PortalRole(string name) : base(name) { }

    public string? Description { get; set; }

    /// <summary>Roles from the regulations; they can be edited but not deleted.</summary>
    public bool IsBuiltIn { get; set; }
}
