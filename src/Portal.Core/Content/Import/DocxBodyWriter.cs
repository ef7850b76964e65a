using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Core.Content.Import;

/// <summary>
/// The document's blocks as article HTML: Title and Heading 1 → h2, Heading 2 → h3, deeper → h4; list
/// paragraphs → nested ul/ol; tables; a paragraph holding only a picture → figure, with the caption written under
/// it (see <see cref="DocxCaptionRule"/>) as its figcaption, which also becomes the picture's caption and, when Word
/// gave none, its alt text. Empty paragraphs are dropped.
/// </summary>
internal sealed partial class DocxBodyWriter(DocxStyles styles, DocxNumbering numbering, DocxLegacyDecoder decoder, DocxInline inline, DocxImageCollector images)
{
    public string Write(IEnumerable<OpenXmlElement> blocks, Paragraph? skip)
    {
        var html = new StringBuilder();
        WriteBlocks([.. blocks], html, skip, inCell: false);
        return html.ToString();
    }

    private void WriteBlocks(IReadOnlyList<OpenXmlElement> blocks, StringBuilder html, Paragraph? skip, bool inCell)
    {
        var lists = new DocxListWriter(html);
        var singleParagraph = inCell && blocks.Count(b => b is Paragraph) == 1 && !blocks.Any(b => b is Table);
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Paragraph paragraph when !ReferenceEquals(paragraph, skip):
                    i += WriteParagraph(blocks, i, html, lists, singleParagraph);
                    break;
                case Table table:
                    lists.CloseAll();
                    DocxTableWriter.Write(table, html, cell =>
                    {
                        var content = new StringBuilder();
                        WriteBlocks([.. cell.ChildElements], content, skip, inCell: true);
                        return content.ToString();
                    });
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    lists.CloseAll();
                    WriteBlocks([.. content.ChildElements], html, skip, inCell);
                    break;
            }
        }
        lists.CloseAll();
    }

    /// <summary>Writes the paragraph at <paramref name="index"/>; returns how many following blocks went into it as its caption.</summary>
    private int WriteParagraph(IReadOnlyList<OpenXmlElement> blocks, int index, StringBuilder html, DocxListWriter lists, bool bare)
    {
        var paragraph = (Paragraph)blocks[index];
        var scope = decoder.Begin(paragraph);
        var (content, hasText, hasImage, ownCaption) = inline.Write(paragraph, scope);
        scope.Complete();
        if (!hasText && !hasImage)
        {
            return 0;
        }
        if (styles.NumberingOf(paragraph) is { } item)
        {
            lists.Item(item.Level, numbering.IsOrdered(item.NumberingId, item.Level), content);
            return 0;
        }
        lists.CloseAll();
        if (hasImage && !hasText)
        {
            var (captionHtml, used) = ownCaption is null ? CaptionUnder(blocks, index) : (ownCaption, 0);
            if (captionHtml is not null && PlainText(captionHtml) is { Length: > 0 } caption)
            {
                content = images.Caption(content, caption);
                html.Append("<figure>").Append(content).Append("<figcaption>").Append(captionHtml).Append("</figcaption></figure>");
                return used;
            }
            html.Append("<figure>").Append(content).Append("</figure>");
            return 0;
        }
        var tag = HeadingTag(styles.StyleName(paragraph)) ?? (bare ? null : "p");
        html.Append(tag is null ? content : $"<{tag}>{content}</{tag}>");
        return 0;
    }

    /// <summary>
    /// The caption under the picture at <paramref name="index"/>, as inline HTML, and how many blocks it takes: the next
    /// Caption-style paragraph past empty ones, or the next paragraph when it reads like a caption.
    /// </summary>
    private (string? Html, int Used) CaptionUnder(IReadOnlyList<OpenXmlElement> blocks, int index)
    {
        for (var next = index + 1; next < blocks.Count && blocks[next] is Paragraph candidate; next++)
        {
            var styled = styles.IsCaption(candidate);
            if (!styled && (next > index + 1 || HeadingTag(styles.StyleName(candidate)) is not null || styles.NumberingOf(candidate) is not null))
            {
                return (null, 0);
            }
            var scope = decoder.Begin(candidate);
            var result = inline.Write(candidate, scope);
            if (result.HasImage)
            {
                return (null, 0);
            }
            if (!result.HasText)
            {
                continue; // an empty paragraph between the picture and its caption
            }
            var text = PlainText(result.Html);
            var accepted = styled
                ? text.Length <= DocxCaptionRule.MaxStyledLength
                : DocxCaptionRule.IsTypedCaption(text, styles.IsCentered(candidate) || IsAllItalic(result.Html));
            if (!accepted)
            {
                return (null, 0); // left for the body: written (and its conversion counted) as an ordinary paragraph
            }
            scope.Complete();
            return (result.Html, next - index);
        }
        return (null, 0);
    }

    private static bool IsAllItalic(string html) =>
        html.StartsWith("<em>", StringComparison.Ordinal) && html.EndsWith("</em>", StringComparison.Ordinal)
        && html.IndexOf("</em>", StringComparison.Ordinal) == html.Length - "</em>".Length;

    private static string PlainText(string inlineHtml) =>
        string.Join(' ', WebUtility.HtmlDecode(Tag().Replace(inlineHtml, tag => tag.Value.StartsWith("<br", StringComparison.Ordinal) ? " " : "")).Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    private static string? HeadingTag(string styleName) => styleName switch
    {
        "title" or "heading 1" => "h2",
        "heading 2" => "h3",
        _ when styleName.StartsWith("heading ", StringComparison.Ordinal) => "h4",
        _ => null,
    };
}
