using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Core.Media;

namespace CommuneTheme.Services;

/// <summary>
/// srcset values for library images, so phones load the 320 or 800 px copy instead of the original.
/// With the picture's known size, only the copies that exist are listed, then the original at its own width; without it,
/// every configured width is listed: the media endpoint answers a width that was not made with the original itself.
/// </summary>
public sealed class ResponsiveImages(IOptions<MediaOptions> options)
{
    /// <summary>The srcset for <paramref name="url"/>, or null for images outside the library (the attribute is then left out).</summary>
    public string? SrcSet(string? url, string? pathBase, PictureSizes.Size? size = null)
    {
        if (MediaUrls.TryGetPath(url) is not { } path)
        {
            return null;
        }
        if (size is not null)
        {
            var copies = size.Widths.Where(w => w < size.Width).Order()
                .Select(width => $"{MediaUrls.Resolve(MediaUrls.Variant(path, width), pathBase)} {width.ToString(CultureInfo.InvariantCulture)}w")
                .Append($"{MediaUrls.Resolve(MediaUrls.Original(path), pathBase)} {size.Width.ToString(CultureInfo.InvariantCulture)}w");
            return string.Join(", ", copies);
        }
        return string.Join(", ", options.Value.Widths.Select(width =>
            $"{MediaUrls.Resolve(MediaUrls.Variant(path, width), pathBase)} {width.ToString(CultureInfo.InvariantCulture)}w"));
    }

    /// <summary>The smallest copy at least <paramref name="wanted"/> px wide (a thumbnail's src), else the original.</summary>
    public static string Thumbnail(string url, string? pathBase, PictureSizes.Size? size, int wanted)
    {
        if (MediaUrls.TryGetPath(url) is not { } path || size is null)
        {
            return url;
        }
        var width = size.Widths.Where(w => w >= wanted && w < size.Width).Order().FirstOrDefault();
        return width == 0 ? MediaUrls.Resolve(MediaUrls.Original(path), pathBase) : MediaUrls.Resolve(MediaUrls.Variant(path, width), pathBase);
    }
}
