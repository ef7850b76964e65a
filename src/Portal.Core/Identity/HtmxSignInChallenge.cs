using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Portal.Core.Identity;

/// <summary>
/// The sign-in challenge for a request htmx made from an admin page (a near-duplicate check, a progress poll):
/// redirecting it would make htmx follow the redirect and swap the whole sign-in page into a panel. Such a request
/// gets 401 and a one-line message instead, with a sign-in link that opens in a new tab so the page (and the
/// text being written on it) stays as it is; the admin layout tells htmx to swap 401 answers. Other requests keep
/// the usual redirect.
/// </summary>
public static class HtmxSignInChallenge
{
    public const string ExpiredMessage = "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại để tiếp tục.";
    public const string SignInLink = "Đăng nhập lại (mở thẻ mới, nội dung đang soạn vẫn giữ nguyên)";

    /// <summary>Leaves Vietnamese letters as they are (the default encoder writes them as entities).</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>Wraps the cookie handler's own redirect (kept for every request that is not htmx's).</summary>
    public static Func<RedirectContext<CookieAuthenticationOptions>, Task> Wrap(Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect) =>
        context => IsHtmx(context.Request) ? AnswerAsync(context) : redirect(context);

    private static bool IsHtmx(HttpRequest request) =>
        string.Equals(request.Headers["HX-Request"], "true", StringComparison.OrdinalIgnoreCase)
        // A history restore asks for a whole page: the normal redirect is right for it.
        && !string.Equals(request.Headers["HX-History-Restore-Request"], "true", StringComparison.OrdinalIgnoreCase);

    private static async Task AnswerAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        var response = context.Response;
        var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(HtmxSignInChallenge));
        var signIn = (request.PathBase + context.Options.LoginPath).ToUriComponent();
        if (ReturnPath(request) is { } back)
        {
            signIn += QueryString.Create(context.Options.ReturnUrlParameter, back).ToUriComponent();
        }
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await response.WriteAsync(
            $"<div class=\"alert alert-warning mb-0\" role=\"alert\" data-testid=\"session-expired\">{Html.Encode(localizer[ExpiredMessage])} "
            + $"<a href=\"{Html.Encode(signIn)}\" target=\"_blank\" rel=\"noopener\">{Html.Encode(localizer[SignInLink])}</a></div>",
            context.HttpContext.RequestAborted);
    }

    /// <summary>
    /// The page htmx called from (its <c>HX-Current-URL</c>), to come back to after signing in; the request's own
    /// path is an endpoint for htmx, not a page. Only a page of this site is taken.
    /// </summary>
    private static string? ReturnPath(HttpRequest request) =>
        Uri.TryCreate(request.Headers["HX-Current-URL"].ToString(), UriKind.Absolute, out var page)
        && string.Equals(page.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && page.AbsolutePath.StartsWith(request.PathBase.Value ?? "", StringComparison.Ordinal)
            ? page.PathAndQuery
            : null;
}
