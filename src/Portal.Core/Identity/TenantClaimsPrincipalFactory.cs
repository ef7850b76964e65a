using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Identity;

/// <summary>Adds the tenant claim and the full name to the principal at sign-in.</summary>
public sealed class TenantClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<PortalRole> roleManager,
    IOptions<IdentityOptions> options,
    ITenantContext tenant)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PermissionClaim.TenantType, tenant.Tenant.Name));
        identity.AddClaim(new Claim("portal/fullname", user.FullName));
        return identity;
    }
}
