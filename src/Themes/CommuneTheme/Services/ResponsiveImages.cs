using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Core.Media;

namespace CommuneTheme.Services;

/// <summary>
/// srcset values for library images, so phones load the 320 or 800 px copy instead of the original.
/// Every configured width is listed without asking the library which copies exist: the media endpoint
/// answers a width that was not made (the original was narrower) with the original itself.
/// </summary>
public sealed class ResponsiveImages(IOptions<MediaOptions> options)
{
    /// <summary>The srcset for <paramref name="url"/>, or null for images outside the library (the attribute is then left out).</summary>
    public string? SrcSet(string? url, string? pathBase)
    {
        if (MediaUrls.TryGetPath(url) is not { } path)
        {
            return null;
        }
        return string.Join(", ", options.Value.Widths.Select(width =>
            $"{MediaUrls.Resolve(MediaUrls.Variant(path, width), pathBase)} {width.ToString(CultureInfo.InvariantCulture)}w"));
    }
}
