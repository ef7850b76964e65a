namespace Portal.Core.Security;

/// <summary>
/// The policy every response carries. Scripts and style elements come from the site itself or carry the request's
/// nonce; no inline event handlers, no style attributes, no eval, no plug-ins, no &lt;base&gt;; forms post only to the
/// site. Images may also come from data: (Bootstrap's icons in CSS) and other https sites (pictures linked in content).
/// </summary>
public static class ContentSecurityPolicy
{
    /// <param name="nonce">The request's nonce (<see cref="CspNonce"/>).</param>
    /// <param name="framing">'none' for the admin and account pages; 'self' for the public site.</param>
    public static string For(string nonce, string framing) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}' 'report-sample'; " +
        $"style-src 'self' 'nonce-{nonce}' 'report-sample'; " +
        "img-src 'self' data: https:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "media-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'none'; " +
        "form-action 'self'; " +
        $"frame-ancestors {framing}";
}
