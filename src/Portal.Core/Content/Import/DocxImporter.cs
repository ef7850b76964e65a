using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Core.Files;
using Portal.Core.Text;

namespace Portal.Core.Content.Import;

/// <summary>
/// Word import for the article editor: a .docx becomes a title, a sanitized body and its pictures
/// (see <see cref="ImportedDocument"/>), with legacy TCVN3/VNI text converted to Unicode and reported.
/// </summary>
public sealed class DocxImporter(PortalHtmlSanitizer sanitizer)
{
    /// <summary>A first paragraph longer than this is body text, not a title: the title is then cut from it.</summary>
    public const int MaxTitleLength = 250;

    /// <summary>
    /// Longest body an import may write (HTML characters, before sanitizing): a report of a few hundred pages. A
    /// 120 KB file once expanded to a 28 MB draft that took the process past 1.3 GB.
    /// </summary>
    public const int MaxBodyCharacters = 2_000_000;

    public const string BodyTooLongMessage = "Nội dung tệp Word quá dài để nhập thành một bài (hơn 2 triệu ký tự). Hãy chia tài liệu thành nhiều tệp.";

    /// <exception cref="DocxImportException">
    /// The stream is not a readable .docx, is refused by <see cref="OfficePackageInspector"/> (macros, nesting, size), or
    /// would write more than <see cref="MaxBodyCharacters"/> or <see cref="DocxImageCollector.MaxImages"/> pictures.
    /// </exception>
    public ImportedDocument Import(Stream docx)
    {
        using var document = DocxPackage.Open(docx, OfficePackageLimits.Import, out var buffer);
        using var _ = buffer == docx ? null : buffer;
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var styles = new DocxStyles(main);
        var decoder = new DocxLegacyDecoder(body, styles);
        var images = new DocxImageCollector(main, decoder.DecodeLoose);

        var (title, titleParagraph) = FindTitle(body, styles, decoder);
        var writer = new DocxBodyWriter(styles, new DocxNumbering(main), decoder, new DocxInline(main, styles, images, new DocxOutputBudget(MaxBodyCharacters)));
        var html = writer.Write(body.ChildElements, titleParagraph);
        return new ImportedDocument(title, sanitizer.Sanitize(html), images.Images, decoder.Report);
    }

    /// <summary>
    /// The first Title paragraph, else the first Heading 1, else the first paragraph with text. That paragraph
    /// leaves the body, except a long first paragraph, which stays and gives a shortened title.
    /// </summary>
    private static (string Title, Paragraph? Paragraph) FindTitle(Body body, DocxStyles styles, DocxLegacyDecoder decoder)
    {
        var paragraphs = body.Elements<Paragraph>().Where(p => decoder.PlainText(p, record: false).Length > 0).ToList();
        var styled = paragraphs.FirstOrDefault(p => styles.StyleName(p) == "title")
            ?? paragraphs.FirstOrDefault(p => styles.StyleName(p) == "heading 1");
        var chosen = styled ?? paragraphs.FirstOrDefault();
        if (chosen is null)
        {
            return (string.Empty, null);
        }
        var text = decoder.PlainText(chosen);
        return text.Length <= MaxTitleLength ? (text, chosen) : (Shorten(text), styled);
    }

    private static string Shorten(string text)
    {
        var cut = text.LastIndexOf(' ', MaxTitleLength - 1);
        return text[..(cut > 0 ? cut : MaxTitleLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
