using System.Globalization;

namespace Portal.Core.Media;

/// <summary>
/// Library URLs are app-relative ("~/media/tin-tuc/anh.jpg"), like Orchard's: they survive a tenant
/// moving from a URL prefix to its own host name. Views resolve them with Url.Content; stored HTML
/// may carry either form, and <see cref="TryGetPath"/> reads both back.
/// </summary>
public static class MediaUrls
{
    public const string Prefix = "~/media/";

    public static string Original(string path) => Prefix + path;

    public static string Variant(string path, int width) =>
        $"{Prefix}{MediaPaths.VariantsFolder}/{width.ToString(CultureInfo.InvariantCulture)}/{path}";

    /// <summary>"~/media/x" → "/xa-dak-plo/media/x" for a tenant served under a prefix.</summary>
    public static string Resolve(string url, string? pathBase) =>
        url.StartsWith("~/", StringComparison.Ordinal) ? (pathBase ?? "").TrimEnd('/') + url[1..] : url;

    /// <summary>
    /// The library path an URL points to (original or resized copy), from any of its spellings:
    /// "~/media/p", "/media/p", "/prefix/media/p", "https://host/prefix/media/p?v=1".
    /// </summary>
    public static string? TryGetPath(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }
        var text = url.Trim();
        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            text = text[..cut];
        }
        var marker = text.IndexOf("/media/", StringComparison.OrdinalIgnoreCase);
        string rest;
        if (marker >= 0)
        {
            rest = text[(marker + "/media/".Length)..];
        }
        else if (text.StartsWith("media/", StringComparison.OrdinalIgnoreCase))
        {
            rest = text["media/".Length..];
        }
        else
        {
            return null;
        }
        rest = Uri.UnescapeDataString(rest);
        var variants = MediaPaths.VariantsFolder + "/";
        if (rest.StartsWith(variants, StringComparison.Ordinal))
        {
            var afterWidth = rest.IndexOf('/', variants.Length);
            rest = afterWidth < 0 ? "" : rest[(afterWidth + 1)..];
        }
        return rest.Length == 0 ? null : rest;
    }
}
