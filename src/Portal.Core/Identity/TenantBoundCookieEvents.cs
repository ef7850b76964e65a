using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Identity;

/// <summary>
/// Rejects an auth ticket issued by another tenant, whatever cookie name or host it arrived with, and one whose
/// sign-in session has ended on the server (signed out, password changed or reset, account disabled, past its
/// absolute lifetime: <see cref="Sessions.SignInSessions"/>).
/// </summary>
public static class TenantBoundCookieEvents
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>();
        var issuedFor = context.Principal?.FindFirst(PermissionClaim.TenantType)?.Value;
        if (!tenant.HasTenant || !string.Equals(issuedFor, tenant.Tenant.Name, StringComparison.Ordinal)
            || !await Sessions.SignInSessionEvents.IsOpenAsync(context))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
