using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Errors;

namespace Portal.Core.Tenancy;

/// <summary>
/// Resolves the tenant (host name first, then the first path segment), refuses unknown and
/// suspended tenants, moves the prefix into PathBase so every link stays inside the tenant, and
/// makes sure the tenant's schema is current before anything touches its database.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry, TenantMigrator migrator, ErrorPageWriter errors)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext)
    {
        // A request re-executed in the same scope (an error handler pointed at a path) keeps the unit it was resolved
        // for: its path no longer names the unit, and resolving it again would change the scope's tenant.
        if (tenantContext.HasTenant)
        {
            await next(context);
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        var firstSegment = FirstSegment(path);
        var match = registry.Resolve(context.Request.Host.Host, firstSegment);
        if (match is null)
        {
            await errors.WritePlainAsync(context, new ErrorPage(StatusCodes.Status404NotFound, "Không tìm thấy trang",
                "Địa chỉ này không thuộc trang thông tin điện tử nào trên hệ thống."));
            return;
        }

        var tenant = match.Value.Tenant;
        if (tenant.Status == TenantStatus.Suspended)
        {
            context.Response.Headers.RetryAfter = "3600";
            await errors.WritePlainAsync(context, new ErrorPage(StatusCodes.Status503ServiceUnavailable, "Trang tạm ngừng hoạt động",
                "Trang thông tin điện tử “{0}” đang tạm ngừng hoạt động. Xin vui lòng quay lại sau.") { Arguments = [tenant.DisplayName] });
            return;
        }

        ((TenantContext)tenantContext).Set(tenant);
        if (match.Value.ConsumedPrefix)
        {
            var prefix = "/" + firstSegment;
            context.Request.PathBase = context.Request.PathBase.Add(prefix);
            context.Request.Path = path.Length > prefix.Length ? path[prefix.Length..] : "/";
        }

        await migrator.EnsureCurrentAsync(tenant, context.RequestAborted);
        await next(context);
    }

    /// <summary>
    /// The segment after the first slash. An address starting with an empty segment ("//xa-dak-plo/") names no unit:
    /// it is looked up as a path of the root tenant (and answers 404 there), never cut at the wrong place.
    /// </summary>
    internal static string? FirstSegment(string path)
    {
        var rest = path.AsSpan(path.StartsWith('/') ? 1 : 0);
        var slash = rest.IndexOf('/');
        var segment = slash < 0 ? rest : rest[..slash];
        return segment.IsEmpty ? null : segment.ToString();
    }
}
