using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Core.Content.Import;

/// <summary>
/// The document's blocks as article HTML: Title and Heading 1 → h2, Heading 2 → h3, deeper → h4; list
/// paragraphs → nested ul/ol; tables; a paragraph holding only a picture → figure, with the following
/// Caption-style paragraph as its figcaption. Empty paragraphs are dropped.
/// </summary>
internal sealed class DocxBodyWriter(DocxStyles styles, DocxNumbering numbering, DocxLegacyDecoder decoder, DocxInline inline)
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
                    var caption = i + 1 < blocks.Count && blocks[i + 1] is Paragraph next && styles.StyleName(next) == "caption" ? next : null;
                    if (WriteParagraph(paragraph, html, lists, caption, singleParagraph))
                    {
                        i++; // the caption went into the figure
                    }
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

    /// <summary>Writes one paragraph; true when it also used <paramref name="caption"/>.</summary>
    private bool WriteParagraph(Paragraph paragraph, StringBuilder html, DocxListWriter lists, Paragraph? caption, bool bare)
    {
        var scope = decoder.Begin(paragraph);
        var (content, hasText, hasImage) = inline.Write(paragraph, scope);
        scope.Complete();
        if (!hasText && !hasImage)
        {
            return false;
        }
        if (styles.NumberingOf(paragraph) is { } item)
        {
            lists.Item(item.Level, numbering.IsOrdered(item.NumberingId, item.Level), content);
            return false;
        }
        lists.CloseAll();
        if (hasImage && !hasText)
        {
            var captionHtml = caption is null ? string.Empty : WriteCaption(caption);
            html.Append("<figure>").Append(content).Append(captionHtml).Append("</figure>");
            return caption is not null;
        }
        var tag = HeadingTag(styles.StyleName(paragraph)) ?? (bare ? null : "p");
        html.Append(tag is null ? content : $"<{tag}>{content}</{tag}>");
        return false;
    }

    private string WriteCaption(Paragraph caption)
    {
        var scope = decoder.Begin(caption);
        var (content, _, _) = inline.Write(caption, scope);
        scope.Complete();
        return $"<figcaption>{content}</figcaption>";
    }

    private static string? HeadingTag(string styleName) => styleName switch
    {
        "title" or "heading 1" => "h2",
        "heading 2" => "h3",
        _ when styleName.StartsWith("heading ", StringComparison.Ordinal) => "h4",
        _ => null,
    };
}
