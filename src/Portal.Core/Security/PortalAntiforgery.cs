using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Portal.Core.Security;

/// <summary>The antiforgery rules shared by the MVC filter, the endpoint middleware and the admin layout.</summary>
public static class PortalAntiforgery
{
    /// <summary>The header htmx sends the request token in (the admin layout's <c>hx-headers</c>).</summary>
    public const string HeaderName = "RequestVerificationToken";

    public const string RefusedMessage = "Yêu cầu bị từ chối vì thiếu mã xác nhận của biểu mẫu hoặc mã đã hết hạn. Hãy tải lại trang rồi thử lại.";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>Methods that may change something; GET, HEAD, OPTIONS and TRACE must not.</summary>
    public static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>400 with a one-line Vietnamese reason (English by the reader's language).</summary>
    public static Task RefuseAsync(HttpContext context)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(PortalAntiforgery));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(
            $"<div class=\"alert alert-danger\" role=\"alert\">{Html.Encode(localizer[RefusedMessage])}</div>", context.RequestAborted);
    }
}
