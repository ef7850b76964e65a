using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;

namespace CommuneTheme.Services;

/// <summary>
/// First of the request culture providers: a unit's public pages get <see cref="PublicSiteLanguage"/>'s answer, before
/// the cookie provider could give them the admin's language. The host's pages and the admin are left to the others.
/// </summary>
public sealed class PublicSiteCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var tenant = httpContext.RequestServices.GetService<ITenantContext>();
        if (tenant is not { HasTenant: true } || tenant.Tenant.IsHost
            || PublicSiteLanguage.CultureFor(httpContext.Request.Path, httpContext.Request.Query) is not { } culture)
        {
            return NullProviderCultureResult;
        }
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }
}
