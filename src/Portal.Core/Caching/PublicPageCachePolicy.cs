using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Caching;

/// <summary>
/// Output caching for the public site: only anonymous GET/HEAD answered 200 without cookies, varied by
/// tenant, display language and the query keys the page reads (<see cref="PageQueryKeys"/>), tagged with the tenant (its theme changes evict all its pages at once) and by what they show (<see cref="PublicPageTags"/>:
/// a content change evicts the pages that can show it).
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    /// <summary>A ceiling only: changes evict at once through <see cref="PublicPageCache"/>.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static string TagFor(string tenantName) => PublicPageTags.Unit(tenantName);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>();
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && string.IsNullOrEmpty(http.Request.Headers.Authorization)
            && tenant.HasTenant;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (cacheable)
        {
            // Only the keys the page reads: a tracking key (fbclid, utm_*) gets the page's entry, not a new one.
            var extra = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublicPageCacheOptions>>().Value.ExtraQueryKeys;
            context.CacheVaryByRules.QueryKeys = PageQueryKeys.With(PageQueryKeys.For(http.GetEndpoint()), extra);
            // The key already holds host and PathBase; the tenant's name is added so no two units can ever share an entry.
            context.CacheVaryByRules.VaryByValues["tenant"] = tenant.Tenant.Name;
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
            foreach (var tag in PublicPageTags.ForNewPage(tenant.Tenant.Name))
            {
                context.Tags.Add(tag);
            }
            context.ResponseExpirationTimeSpan = Lifetime;
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A page that sets a cookie (sign-in, culture, antiforgery) belongs to one visitor.
        if (response.StatusCode != StatusCodes.Status200OK || !string.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
