using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Core.Files;

namespace Portal.Core.Content.Import;

/// <summary>
/// The plain text of a .docx (one line per paragraph, table cells included), legacy encodings converted,
/// Unicode NFC: for the search index and attachment previews.
/// </summary>
public static class DocxTextExtractor
{
    /// <exception cref="DocxImportException">The stream is not a readable .docx.</exception>
    public static string Extract(Stream docx)
    {
        using var document = DocxPackage.Open(docx, OfficePackageLimits.Stored, out var buffer);
        using var _ = buffer == docx ? null : buffer;
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var decoder = new DocxLegacyDecoder(body, new DocxStyles(main));
        var lines = body.Descendants<Paragraph>().Select(p => decoder.PlainText(p, record: false)).Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
