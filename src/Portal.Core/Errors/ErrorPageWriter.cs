using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Abstractions.Tenancy;
using Portal.Core.Security;
using Portal.Core.Setup;

namespace Portal.Core.Errors;

/// <summary>
/// Writes every error answer the pipeline makes: empty 4xx/5xx answers (status code pages), exceptions (the
/// exception handler, outside Development) and the resolution middleware's unknown-address and suspended notices.
/// A unit's answer is a page of its own site (<see cref="IUnitErrorPage"/>); the operator's site, unknown hosts and
/// any unit whose page cannot be drawn get <see cref="PlainErrorPage"/>. It runs in the request's own scope with the
/// tenant already resolved — nothing is resolved again — and it never throws: the error path must not fail.
/// </summary>
public sealed class ErrorPageWriter(
    IOptions<SetupOptions> setup,
    IStringLocalizer localizer,
    IEnumerable<IUnitErrorPage> unitPages,
    ILogger<ErrorPageWriter> logger)
{
    private static readonly CultureInfo Vietnamese = new("vi-VN");

    private readonly IUnitErrorPage? _unitPage = unitPages.LastOrDefault();

    /// <summary>For UseStatusCodePages: an empty error answer becomes a page, when the caller reads pages.</summary>
    public Task WriteStatusAsync(HttpContext context) =>
        WantsPage(context.Request) ? WriteAsync(context, ErrorPages.ForStatus(context.Response.StatusCode)) : Task.CompletedTask;

    /// <summary>For the exception handler: a storage failure says what happened; anything else is a 500 with a reference.</summary>
    public Task WriteExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var page = ErrorPages.ForException(error, context.Response.StatusCode);
        return WriteAsync(context, page);
    }

    /// <summary>The plain page with the installation's name and no link home (unknown addresses, suspended units).</summary>
    public Task WritePlainAsync(HttpContext context, ErrorPage page) => WriteCoreAsync(context, page, unitSite: false);

    /// <summary>The unit's page when the request belongs to an active unit, else the plain page.</summary>
    public Task WriteAsync(HttpContext context, ErrorPage page) => WriteCoreAsync(context, page, unitSite: true);

    /// <summary>Status code pages answer browsers and plain clients; htmx swaps and JSON callers keep their empty answer.</summary>
    public static bool WantsPage(HttpRequest request)
    {
        if (request.Headers.ContainsKey("HX-Request"))
        {
            return false;
        }
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0
            || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("*/*", StringComparison.Ordinal);
    }

    private async Task WriteCoreAsync(HttpContext context, ErrorPage page, bool unitSite)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? Vietnamese;
        var (formerCulture, formerUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            if (page.StatusCode >= 500)
            {
                page = page with { Reference = context.TraceIdentifier };
            }
            response.StatusCode = page.StatusCode;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            if (page.StatusCode == StatusCodes.Status503ServiceUnavailable && !response.Headers.ContainsKey(HeaderNames.RetryAfter))
            {
                response.Headers.RetryAfter = "120";
            }
            if (HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }
            var tenant = context.RequestServices?.GetService<ITenantContext>();
            var unit = tenant is { HasTenant: true } && !tenant.Tenant.IsHost && tenant.Tenant.Status == TenantStatus.Active ? tenant.Tenant : null;
            string? html = null;
            if (unitSite && unit is not null && _unitPage is not null)
            {
                html = await UnitPageAsync(context, page);
            }
            html ??= Plain(context, page, unitSite ? tenant : null);
            await response.WriteAsync(html, context.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // Nothing may escape the error path; the status code stays whatever was set.
            logger.LogError(ex, "The error page for status {Status} could not be written", page.StatusCode);
        }
        catch (OperationCanceledException)
        {
            // The reader left.
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (formerCulture, formerUiCulture);
        }
    }

    private async Task<string?> UnitPageAsync(HttpContext context, ErrorPage page)
    {
        try
        {
            return await _unitPage!.RenderAsync(context, page, context.RequestAborted);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // An unreadable database, a broken template…: the plain page still tells the reader what happened.
            logger.LogWarning(ex, "The unit's error page could not be drawn; the plain page is sent instead");
            return null;
        }
    }

    private string Plain(HttpContext context, ErrorPage page, ITenantContext? tenant)
    {
        var known = tenant is { HasTenant: true } ? tenant.Tenant : null;
        var brand = known is { IsHost: false } ? known.DisplayName : setup.Value.SiteName;
        var texts = new PlainErrorTexts(
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            brand,
            localizer[page.Title],
            localizer[page.Message, [.. page.Arguments]],
            page.Reference is null ? null : localizer["Mã tham chiếu: {0}", page.Reference].Value,
            localizer["Về trang chủ"]);
        var home = known is null ? null : context.Request.PathBase.Add("/").Value;
        return PlainErrorPage.Render(texts, home, CspNonce.Of(context).Value);
    }
}
