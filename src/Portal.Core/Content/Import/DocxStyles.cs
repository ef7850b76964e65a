using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Core.Content.Import;

/// <summary>
/// What a paragraph or run inherits from the document's styles: the style name (built-in names such as
/// "heading 1" stay English even where Word localizes the style ids), the font, the list numbering.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxDepth = 16; // basedOn chains are short; the bound guards against cycles

    private readonly Dictionary<string, Style> _byId;
    private readonly string? _defaultParagraphStyleId;
    private readonly string? _defaultFont;

    public DocxStyles(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        _byId = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? [];
        _defaultParagraphStyleId = styles?.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        _defaultFont = FontOf(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);
    }

    /// <summary>The paragraph's style name in lowercase ("title", "heading 2", "caption"…), or "".</summary>
    public string StyleName(Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyleId;
        if (id is null)
        {
            return string.Empty;
        }
        return (_byId.TryGetValue(id, out var style) ? style.StyleName?.Val?.Value : null)?.ToLowerInvariant() ?? id.ToLowerInvariant();
    }

    /// <summary>Whether the paragraph's style is Word's Caption style or one based on it.</summary>
    public bool IsCaption(Paragraph paragraph)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyleId;
        return Inherited(styleId, s => string.Equals(s.StyleName?.Val?.Value, "caption", StringComparison.OrdinalIgnoreCase) ? s : null) is not null
            || string.Equals(styleId, "Caption", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the paragraph is centred, by its own setting or its style's.</summary>
    public bool IsCentered(Paragraph paragraph)
    {
        var justification = paragraph.ParagraphProperties?.Justification
            ?? Inherited(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyleId, s => s.StyleParagraphProperties?.Justification);
        return justification?.Val?.Value == JustificationValues.Center;
    }

    /// <summary>The run's font: its own, then its character style's, then its paragraph style's, then the document default.</summary>
    public string? FontOf(Run run, Paragraph? paragraph)
    {
        var properties = run.RunProperties;
        return FontOf(properties?.RunFonts)
            ?? Inherited(properties?.RunStyle?.Val?.Value, s => FontOf(s.StyleRunProperties?.RunFonts))
            ?? Inherited(paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyleId, s => FontOf(s.StyleRunProperties?.RunFonts))
            ?? _defaultFont;
    }

    /// <summary>Bold, italic, underline from a character style ("Strong", "Emphasis"…); paragraph styles are left out, so headings stay plain.</summary>
    public (OnOffType? Bold, OnOffType? Italic, Underline? Underline) CharacterFormat(string? runStyleId) => (
        Inherited(runStyleId, s => s.StyleRunProperties?.Bold),
        Inherited(runStyleId, s => s.StyleRunProperties?.Italic),
        Inherited(runStyleId, s => s.StyleRunProperties?.Underline));

    /// <summary>The paragraph's list numbering (own, or its style's), or null when it is no list item.</summary>
    public (int NumberingId, int Level)? NumberingOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var fromStyle = Inherited(styleId, s => s.StyleParagraphProperties?.NumberingProperties);
        var numberingId = own?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        var level = own?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? 0;
        // numId 0 is Word's way of switching numbering off for one paragraph.
        return numberingId is null or 0 ? null : (numberingId.Value, Math.Clamp(level, 0, 8));
    }

    private T? Inherited<T>(string? styleId, Func<Style, T?> read) where T : class
    {
        for (var depth = 0; styleId is not null && depth < MaxDepth; depth++)
        {
            if (!_byId.TryGetValue(styleId, out var style))
            {
                return null;
            }
            if (read(style) is { } value)
            {
                return value;
            }
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    // A legacy font may sit in either slot: Word uses hAnsi for the Latin-1 codes TCVN3 and VNI rely on.
    private static string? FontOf(RunFonts? fonts)
    {
        if (fonts is null)
        {
            return null;
        }
        var ascii = fonts.Ascii?.Value;
        var highAnsi = fonts.HighAnsi?.Value;
        return Portal.Core.Text.LegacyFonts.EncodingOf(highAnsi) != Portal.Core.Text.LegacyEncoding.None ? highAnsi : ascii ?? highAnsi;
    }
}
