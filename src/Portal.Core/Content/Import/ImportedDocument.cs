using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Text;

namespace Portal.Core.Content.Import;

/// <summary>
/// A Word document turned into an article draft: plain-text title, sanitized body HTML whose images point
/// at placeholders, the images themselves, and what legacy-encoded text was converted.
/// </summary>
public sealed partial record ImportedDocument(string Title, string BodyHtml, IReadOnlyList<ImportedImage> Images, LegacyConversionReport Conversions)
{
    /// <summary>
    /// The body with each image placeholder replaced by the address the media library gave it. An image for
    /// which <paramref name="urlFor"/> returns null (refused upload) is removed from the body.
    /// Only http(s) or site-relative addresses are accepted, as the sanitizer would.
    /// </summary>
    public string WithImageUrls(Func<ImportedImage, string?> urlFor)
    {
        ArgumentNullException.ThrowIfNull(urlFor);
        var byIndex = Images.ToDictionary(image => image.Index);
        return PlaceholderImage().Replace(BodyHtml, match =>
        {
            if (!byIndex.TryGetValue(int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture), out var image)
                || urlFor(image) is not { } url)
            {
                return string.Empty;
            }
            if (!IsAllowedUrl(url))
            {
                throw new ArgumentException($"Image address must be http(s) or relative: {url}", nameof(urlFor));
            }
            return match.Value.Replace($"src=\"{image.Placeholder}\"", $"src=\"{WebUtility.HtmlEncode(url)}\"", StringComparison.Ordinal);
        });
    }

    // Checked by hand: on Linux Uri reads "/media/a.png" as an absolute file: URI.
    private static bool IsAllowedUrl(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) ? false
        : url.StartsWith('/') || !url.Contains(':', StringComparison.Ordinal)
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    [GeneratedRegex("<img\\b[^>]*?\\bsrc=\"docx-image-(?<index>\\d+)\"[^>]*>")]
    private static partial Regex PlaceholderImage();
}
