using SkiaSharp;

namespace Portal.Core.Setup;

/// <summary>
/// A one-page A4 PDF of a demo document (heading, number, lines of text), written with SkiaSharp's PDF backend, which
/// embeds the font subset with its Unicode map, so the text can be selected and the search index reads it. Vietnamese
/// needs a font that has its letters: the first installed font that has "ư" and "ệ" is used (DejaVu or Liberation on
/// Debian); on a machine without one the letters would be missing, so the text is then written without diacritics.
/// </summary>
public static class DemoPdf
{
    private const float PageWidth = 595, PageHeight = 842, Margin = 64;

    public static byte[] Document(string issuer, string number, string title, IReadOnlyList<string> paragraphs)
    {
        var (typeface, bold) = Typefaces.Value;
        var text = typeface is null ? (Func<string, string>)Fold : s => s;
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = text(title), Creator = "Portal demo", Producer = "Portal" }))
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var regular = new SKFont(typeface ?? SKTypeface.Default, 12);
            using var heavy = new SKFont(bold ?? SKTypeface.Default, 13);
            var y = Margin;
            canvas.DrawText(text(issuer.ToUpperInvariant()), Margin, y, heavy, paint);
            canvas.DrawText(text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), PageWidth - Margin, y, SKTextAlign.Right, heavy, paint);
            y += 18;
            canvas.DrawText(text($"Số: {number}"), Margin, y, regular, paint);
            canvas.DrawText(text("Độc lập - Tự do - Hạnh phúc"), PageWidth - Margin, y, SKTextAlign.Right, regular, paint);
            y += 48;
            foreach (var line in Wrap(text(title.ToUpperInvariant()), heavy, PageWidth - 2 * Margin))
            {
                canvas.DrawText(line, PageWidth / 2, y, SKTextAlign.Center, heavy, paint);
                y += 18;
            }
            y += 16;
            foreach (var paragraph in paragraphs)
            {
                foreach (var line in Wrap(text(paragraph), regular, PageWidth - 2 * Margin))
                {
                    canvas.DrawText(line, Margin, y, regular, paint);
                    y += 17;
                }
                y += 8;
            }
            document.EndPage();
            document.Close();
        }
        typeface?.Dispose();
        if (!ReferenceEquals(bold, typeface))
        {
            bold?.Dispose();
        }
        return stream.ToArray();
    }

    /// <summary>A regular and a bold face with Vietnamese letters (the bold is the regular when there is none), or nulls.</summary>
    /// <summary>Read once per process: loading and checking a font file is much of a small PDF's cost.</summary>
    private static readonly Lazy<(SKTypeface? Regular, SKTypeface? Bold)> Typefaces = new(VietnameseTypefaces);

    private static (SKTypeface? Regular, SKTypeface? Bold) VietnameseTypefaces()
    {
        foreach (var (regular, bold) in new[]
        {
            ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
        })
        {
            if (Load(regular) is { } face)
            {
                return (face, Load(bold) ?? face);
            }
        }
        return (null, null);
    }

    private static SKTypeface? Load(string file)
    {
        if (!File.Exists(file) || SKTypeface.FromFile(file) is not { } typeface)
        {
            return null;
        }
        if (typeface.ContainsGlyphs("ưệĐ"))
        {
            return typeface;
        }
        typeface.Dispose();
        return null;
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) > width && line.Length > 0)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }
}
