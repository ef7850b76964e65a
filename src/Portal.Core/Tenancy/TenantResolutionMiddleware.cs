using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;

namespace Portal.Core.Tenancy;

/// <summary>
/// Resolves the tenant (host name first, then the first path segment), refuses unknown and
/// suspended tenants, moves the prefix into PathBase so every link stays inside the tenant, and
/// makes sure the tenant's schema is current before anything touches its database.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry, TenantMigrator migrator)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext)
    {
        var path = context.Request.Path.Value ?? "/";
        var firstSegment = FirstSegment(path);
        var match = registry.Resolve(context.Request.Host.Host, firstSegment);
        if (match is null)
        {
            await WriteNoticeAsync(context, StatusCodes.Status404NotFound, "Không tìm thấy trang", "Địa chỉ này không thuộc trang thông tin điện tử nào trên hệ thống.");
            return;
        }

        var tenant = match.Value.Tenant;
        if (tenant.Status == TenantStatus.Suspended)
        {
            context.Response.Headers.RetryAfter = "3600";
            await WriteNoticeAsync(context, StatusCodes.Status503ServiceUnavailable, "Trang tạm ngừng hoạt động",
                $"Trang thông tin điện tử “{tenant.DisplayName}” đang tạm ngừng hoạt động. Xin vui lòng quay lại sau.");
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

    private static string? FirstSegment(string path)
    {
        var trimmed = path.AsSpan().TrimStart('/');
        var slash = trimmed.IndexOf('/');
        var segment = slash < 0 ? trimmed : trimmed[..slash];
        return segment.IsEmpty ? null : segment.ToString();
    }

    // Like the rest of the site, Vietnamese letters go out as-is: WebUtility.HtmlEncode would turn "ô" into "&#244;".
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static Task WriteNoticeAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var html = $$"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Html.Encode(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#212529}h1{font-size:1.6rem}</style></head>
            <body><main><h1>{{Html.Encode(title)}}</h1><p>{{Html.Encode(message)}}</p></main></body></html>
            """;
        return context.Response.WriteAsync(html);
    }
}
