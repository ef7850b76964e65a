using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Identity;

/// <summary>
/// Gives every tenant its own cookie name and scopes it to the tenant's path, so a browser signed in
/// to one unit never presents that cookie to another (the tenant claim check backs this up).
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Key(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, Key(context, key), value, Scope(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, Key(context, key), Scope(context, options));

    private static string Key(HttpContext context, string key)
    {
        var tenant = context.RequestServices.GetRequiredService<ITenantContext>();
        return tenant.HasTenant ? key + "." + tenant.Tenant.Name : key;
    }

    private static CookieOptions Scope(HttpContext context, CookieOptions options)
    {
        var pathBase = context.Request.PathBase;
        return pathBase.HasValue ? new CookieOptions(options) { Path = pathBase.Value } : options;
    }
}
