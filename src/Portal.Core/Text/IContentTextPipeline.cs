namespace Portal.Core.Text;

/// <summary>
/// What the editor runs on everything it stores: legacy TCVN3/VNI text converted, Unicode NFC, and for
/// HTML the portal's sanitizer. Each result says what was converted, in Vietnamese, for the editor.
/// </summary>
public interface IContentTextPipeline
{
    /// <summary>A plain-text field (title, summary, caption, pen name): markup dropped, whitespace collapsed.</summary>
    CleanedText CleanText(string? input);

    /// <summary>Rich HTML (an article body, pasted Word HTML): converted text nodes, then sanitized.</summary>
    CleanedText CleanHtml(string? html);

    /// <summary>
    /// A title and body together: detection runs over both, so a short title typed in TCVN3 is converted
    /// when the body is, although a few words alone are too few to be sure.
    /// </summary>
    CleanedArticle CleanArticle(string? title, string? bodyHtml);
}

/// <summary>A cleaned value and what legacy text it had.</summary>
public sealed record CleanedText(string Value, LegacyConversionReport Conversions)
{
    /// <summary>For the editor, e.g. "Đã chuyển 12 đoạn từ mã TCVN3 sang Unicode."; empty when nothing was converted.</summary>
    public IReadOnlyList<string> Messages => Conversions.Messages();
}

/// <summary>A cleaned title and body, with the messages of both added up.</summary>
public sealed record CleanedArticle(CleanedText Title, CleanedText Body)
{
    public IReadOnlyList<string> Messages => Title.Conversions.Plus(Body.Conversions).Messages();
}
