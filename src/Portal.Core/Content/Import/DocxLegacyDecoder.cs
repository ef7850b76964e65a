using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Core.Text;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Portal.Core.Content.Import;

/// <summary>
/// Converts a document's legacy-encoded runs to Unicode. A run in a ".Vn…" or "VNI-…" font is converted
/// whatever its content (the font says how it was typed); other runs are converted when their paragraph, or
/// failing that the whole document, is confidently detected as TCVN3 or VNI (one paragraph alone is often
/// too short to be sure). Counts converted paragraphs for the editor's message.
/// </summary>
internal sealed class DocxLegacyDecoder
{
    private readonly DocxStyles _styles;
    private readonly LegacyEncoding _documentEncoding;
    private readonly LegacyConversionCollector _collector = new();

    public DocxLegacyDecoder(Body body, DocxStyles styles)
    {
        _styles = styles;
        _documentEncoding = LegacySegmentPolicy.EncodingOfWhole(body.Descendants<Paragraph>().Select(DetectableText));
    }

    public LegacyConversionReport Report => _collector.ToReport();

    /// <summary>Starts a paragraph: its runs are decoded through the returned scope, then <see cref="Scope.Complete"/>.</summary>
    public Scope Begin(Paragraph paragraph, bool record = true)
    {
        var encoding = LegacySegmentPolicy.EncodingOf(DetectableText(paragraph), _documentEncoding);
        return new Scope(this, paragraph, encoding, record);
    }

    /// <summary>
    /// Text outside the runs (a picture's description): converted like a paragraph in an ordinary font, so a
    /// short description follows the document's encoding. Not counted in the report.
    /// </summary>
    public string DecodeLoose(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        return LegacyVietnamese.Convert(composed, LegacySegmentPolicy.EncodingOf(composed, _documentEncoding)).Text;
    }

    /// <summary>The paragraph's text, decoded, whitespace collapsed.</summary>
    public string PlainText(Paragraph paragraph, bool record = true)
    {
        var scope = Begin(paragraph, record);
        var builder = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>().Where(r => r.Ancestors<DeletedRun>().FirstOrDefault() is null))
        {
            foreach (var child in run.ChildElements)
            {
                builder.Append(child switch
                {
                    WText text => scope.Decode(run, text.Text),
                    TabChar or Break or CarriageReturn => " ",
                    _ => string.Empty,
                });
            }
        }
        scope.Complete();
        return string.Join(' ', builder.ToString().Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // Only runs in ordinary fonts take part in detection: legacy-font runs are converted by font anyway.
    private string DetectableText(Paragraph paragraph) => string.Concat(paragraph.Descendants<Run>()
        .Where(run => LegacyFonts.EncodingOf(_styles.FontOf(run, paragraph)) == LegacyEncoding.None)
        .SelectMany(run => run.Elements<WText>()).Select(text => text.Text));

    internal sealed class Scope(DocxLegacyDecoder owner, Paragraph paragraph, LegacyEncoding paragraphEncoding, bool record)
    {
        private readonly StringBuilder _before = new();
        private readonly StringBuilder _after = new();
        private LegacyEncoding _converted = LegacyEncoding.None;

        public string Decode(Run run, string text)
        {
            var font = owner._styles.FontOf(run, paragraph);
            var result = LegacyFonts.EncodingOf(font) != LegacyEncoding.None
                ? LegacyFonts.ConvertByFont(text, font)
                : VietnameseText.ContainsUnicodeVietnamese(text)
                    ? new LegacyConversion(text, LegacyEncoding.None, 0)
                    : LegacyVietnamese.Convert(text, paragraphEncoding);
            if (result.Detected != LegacyEncoding.None && _converted == LegacyEncoding.None)
            {
                _converted = result.Detected;
            }
            var decoded = result.Text.Normalize(NormalizationForm.FormC);
            _before.Append(text);
            _after.Append(decoded);
            return decoded;
        }

        public void Complete()
        {
            if (record)
            {
                owner._collector.Add(_converted, _before.ToString(), _after.ToString());
            }
        }
    }
}
