using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Identity;

/// <summary>A person of one tenant's board (or a contributor). Accounts are never shared between tenants.</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>Full name with diacritics, e.g. "Nguyễn Thị Hoa".</summary>
    public string FullName { get; set; } = "";

    /// <summary>Position in the unit, e.g. "Phó Chủ tịch UBND xã".</summary>
    public string? Position { get; set; }

    /// <summary>Disabled accounts cannot sign in; kept for the audit trail.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedUtc { get; set; }
}
