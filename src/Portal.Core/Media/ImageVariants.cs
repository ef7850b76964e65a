using SkiaSharp;

namespace Portal.Core.Media;

/// <summary>
/// Reads image sizes and writes the resized copies (SkiaSharp). A copy is made only for widths
/// smaller than the original; GIFs keep no copies, since re-encoding would drop their animation.
/// </summary>
public static class ImageVariants
{
    private const int Quality = 82;

    /// <summary>The image's size from its header, or null when the bytes do not decode.</summary>
    public static ImageInfo? Probe(string file)
    {
        using var codec = SKCodec.Create(file);
        if (codec is null)
        {
            return null;
        }
        // A phone photo stored landscape with an "upright" EXIF tag is shown, and resized, portrait.
        return IsQuarterTurn(codec.EncodedOrigin)
            ? new ImageInfo(codec.Info.Height, codec.Info.Width)
            : new ImageInfo(codec.Info.Width, codec.Info.Height);
    }

    private static bool IsQuarterTurn(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Widths of <paramref name="wanted"/> a copy should exist for.</summary>
    public static IReadOnlyList<int> WidthsFor(DetectedType type, ImageInfo size, IEnumerable<int> wanted) =>
        type == DetectedType.Gif ? [] : wanted.Where(w => w > 0 && w < size.Width).Distinct().Order().ToList();

    /// <summary>Writes one copy per width; <paramref name="target"/> gives the file of a width. Returns the widths written.</summary>
    public static IReadOnlyList<int> Write(string original, DetectedType type, IReadOnlyList<int> widths, Func<int, string> target)
    {
        if (widths.Count == 0)
        {
            return [];
        }
        using var source = DecodeUpright(original);
        if (source is null)
        {
            return [];
        }
        var format = type == DetectedType.Png ? SKEncodedImageFormat.Png
            : type == DetectedType.Webp ? SKEncodedImageFormat.Webp
            : SKEncodedImageFormat.Jpeg;
        var written = new List<int>();
        foreach (var width in widths)
        {
            var height = Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));
            using var resized = source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
            if (resized is null)
            {
                continue;
            }
            using var image = SKImage.FromBitmap(resized);
            using var data = image.Encode(format, Quality);
            var file = target(width);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var output = File.Create(file))
            {
                data.SaveTo(output);
            }
            written.Add(width);
        }
        return written;
    }

    /// <summary>Decodes and applies the EXIF orientation, so phone photos are not shown sideways in copies.</summary>
    private static SKBitmap? DecodeUpright(string file)
    {
        using var codec = SKCodec.Create(file);
        if (codec is null)
        {
            return null;
        }
        var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null || codec.EncodedOrigin == SKEncodedOrigin.TopLeft)
        {
            return bitmap;
        }
        var swap = IsQuarterTurn(codec.EncodedOrigin);
        var upright = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using (var canvas = new SKCanvas(upright))
        {
            canvas.SetMatrix(OrientationMatrix(codec.EncodedOrigin, bitmap.Width, bitmap.Height));
            canvas.DrawBitmap(bitmap, 0, 0);
        }
        bitmap.Dispose();
        return upright;
    }

    private static SKMatrix OrientationMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
