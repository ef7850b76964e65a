using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Tenancy;

/// <summary>
/// Absolute addresses inside the current unit, for messages read away from the site (mail notices): on the unit's own host
/// name when it has one, else on the address the request came in on (scheme, host and the unit's prefix), else on the
/// portal's <see cref="PortalHostingOptions.PublicOrigin"/> with the unit's prefix. Null when none is known.
/// </summary>
public sealed class TenantLinks(ITenantContext tenant, IHttpContextAccessor http, IOptions<PortalHostingOptions> hosting)
{
    /// <param name="appRelative">An address inside the unit, "~/admin/approval/12" or "/admin/approval/12".</param>
    public string? Absolute(string appRelative)
    {
        var path = "/" + appRelative.TrimStart('~').TrimStart('/');
        var unit = tenant.Tenant;
        if (unit.HostNames.Count > 0)
        {
            return $"https://{unit.HostNames[0]}{path}";
        }
        if (http.HttpContext?.Request is { Host.HasValue: true } request)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
        }
        return hosting.Value.PublicOrigin is { Length: > 0 } origin ? $"{origin.TrimEnd('/')}/{unit.Name}{path}" : null;
    }
}
