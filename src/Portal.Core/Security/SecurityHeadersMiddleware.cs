using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Portal.Core.Security;

/// <summary>
/// Puts the security headers on every answer, error pages and cached pages included: Content-Security-Policy with
/// the request's nonce, X-Content-Type-Options, Referrer-Policy, Permissions-Policy, framing rules (none for the
/// admin and account pages, same origin for the public site) and, over HTTPS, Strict-Transport-Security.
/// </summary>
/// <remarks>
/// The public variant is written before the rest of the pipeline runs, so the output cache stores it with the page
/// whose nonce it names (a page served from the cache brings back its own header). Just before the answer starts the
/// headers are written again: the admin variant replaces the public one (admin pages are never cached), and
/// headers the exception handler cleared come back.
/// </remarks>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        Apply(context, admin: false, overwrite: true);
        context.Response.OnStarting(() =>
        {
            var admin = IsAdminOrAccount(context.Request.Path);
            Apply(context, admin, overwrite: admin);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>Admin and account pages (path inside the unit, after its prefix moved to PathBase) may never be framed.</summary>
    public static bool IsAdminOrAccount(PathString path) =>
        path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase);

    private void Apply(HttpContext context, bool admin, bool overwrite)
    {
        var headers = context.Response.Headers;
        void Set(string name, string value)
        {
            if (overwrite || !headers.ContainsKey(name))
            {
                headers[name] = value;
            }
        }

        Set("Content-Security-Policy", ContentSecurityPolicy.For(CspNonce.Of(context).Value, admin ? "'none'" : "'self'"));
        Set("X-Frame-Options", admin ? "DENY" : "SAMEORIGIN");
        Set("X-Content-Type-Options", "nosniff");
        Set("Referrer-Policy", "strict-origin-when-cross-origin");
        Set("Permissions-Policy", PermissionsPolicy);
        var hsts = options.Value;
        if (context.Request.IsHttps && hsts.HstsMaxAge > TimeSpan.Zero)
        {
            Set("Strict-Transport-Security", "max-age=" + ((long)hsts.HstsMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture)
                + (hsts.HstsIncludeSubDomains ? "; includeSubDomains" : ""));
        }
    }
}
