using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Portal.Core.Errors;

/// <summary>
/// The page that needs nothing but this string: for the operator's own site, unknown addresses, suspended units and
/// whenever a unit's page cannot be drawn. Branded with the installation's name; no script, one nonce'd style.
/// </summary>
public static class PlainErrorPage
{
    // Like the rest of the site, Vietnamese letters go out as-is: WebUtility.HtmlEncode would turn "ô" into "&#244;".
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="texts">The page's texts, already translated.</param>
    /// <param name="homeUrl">Where "Về trang chủ" leads; null leaves the link out (an unknown host has no home here).</param>
    public static string Render(PlainErrorTexts texts, string? homeUrl, string nonce) => $$"""
        <!DOCTYPE html>
        <html lang="{{Html.Encode(texts.Language)}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{Html.Encode(texts.Title)}} - {{Html.Encode(texts.Brand)}}</title>
        <style nonce="{{Html.Encode(nonce)}}">body{font-family:system-ui,sans-serif;margin:0;color:#212529;background:#f8f9fa}header{background:#8b1a1a;color:#fff;padding:1rem}header div,main{max-width:40rem;margin:0 auto;padding:0 1rem}main{padding:2rem 1rem}h1{font-size:1.6rem}a{color:#0a4fb3}.ref{color:#495057;font-size:.9rem}</style></head>
        <body><header><div>{{Html.Encode(texts.Brand)}}</div></header>
        <main><h1>{{Html.Encode(texts.Title)}}</h1><p>{{Html.Encode(texts.Message)}}</p>{{(texts.Reference is null ? "" : $"<p class=\"ref\">{Html.Encode(texts.Reference)}</p>")}}{{(homeUrl is null ? "" : $"<p><a href=\"{Html.Encode(homeUrl)}\">{Html.Encode(texts.Home)}</a></p>")}}</main>
        </body></html>
        """;
}
