using Portal.Abstractions.Tenancy;
using Portal.Core.Media;
using SkiaSharp;

namespace CommuneTheme.Services;

/// <summary>
/// The unit's favicon as a 64 px PNG: its logo from the library, fitted into the square; without one (or a logo from
/// elsewhere), a star on a disc of the unit's colour. Drawn on a cache miss only: the answer is output-cached with the
/// unit's other public pages, and a change of theme settings evicts it with them.
/// </summary>
public sealed class UnitFavicon(ITenantContext tenant)
{
    public const int Size = 64;

    public byte[] Draw(string? logoUrl, string primaryColor)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        if (!DrawLogo(canvas, logoUrl))
        {
            DrawEmblem(canvas, SKColor.TryParse(primaryColor, out var color) ? color : new SKColor(0x8b, 0x1a, 0x1a));
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private bool DrawLogo(SKCanvas canvas, string? logoUrl)
    {
        if (MediaUrls.TryGetPath(logoUrl) is not { } path || new MediaPaths(tenant.MediaFolder).Resolve(path) is not { } file || !File.Exists(file))
        {
            return false;
        }
        using var logo = SKBitmap.Decode(file);
        if (logo is null || logo.Width == 0 || logo.Height == 0)
        {
            return false;
        }
        var scale = Math.Min((float)Size / logo.Width, (float)Size / logo.Height);
        var (width, height) = (logo.Width * scale, logo.Height * scale);
        var target = SKRect.Create((Size - width) / 2, (Size - height) / 2, width, height);
        using var image = SKImage.FromBitmap(logo);
        canvas.DrawImage(image, target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return true;
    }

    /// <summary>The same emblem the header draws when the unit has no logo: a gold star on the unit's colour.</summary>
    private static void DrawEmblem(SKCanvas canvas, SKColor color)
    {
        using var gold = new SKPaint { Color = new SKColor(0xff, 0xd2, 0x3f), IsAntialias = true };
        using var fill = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawCircle(Size / 2f, Size / 2f, Size / 2f, gold);
        canvas.DrawCircle(Size / 2f, Size / 2f, Size / 2f - 4, fill);
        using var star = Star(Size / 2f, Size / 2f + 1.5f, 22, 9);
        canvas.DrawPath(star, gold);
    }

    public static SKPath Star(float cx, float cy, float outer, float inner)
    {
        var path = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? outer : inner;
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            var point = new SKPoint(cx + (float)(radius * Math.Cos(angle)), cy + (float)(radius * Math.Sin(angle)));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }
        path.Close();
        return path;
    }
}
