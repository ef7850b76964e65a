using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Portal.Core.Security.RateLimiting;

/// <summary>The 429 answer: a small page in Vietnamese (English by the reader's language) and <c>Retry-After</c> in seconds.</summary>
public sealed class TooManyRequestsPage(TimeSpan retryAfter) : IActionResult
{
    public const string Title = "Quá nhiều yêu cầu";
    public const string Explanation = "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau {0} giây.";
    public const string HomeLink = "Về trang chủ";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext, retryAfter);

    public static Task WriteAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(TooManyRequestsPage));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var home = context.Request.PathBase.HasValue ? context.Request.PathBase.Value + "/" : "/";
        return response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Html.Encode(localizer[Title])}</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
            <h1>{Html.Encode(localizer[Title])}</h1>
            <p>{Html.Encode(localizer[Explanation, seconds])}</p>
            <p><a href="{Html.Encode(home)}">{Html.Encode(localizer[HomeLink])}</a></p>
            </body>
            </html>
            """,
            context.RequestAborted);
    }
}
