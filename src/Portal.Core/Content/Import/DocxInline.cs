using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Portal.Core.Content.Import;

/// <summary>
/// A paragraph's runs as inline HTML: text decoded from legacy encodings, bold/italic/underline (adjacent runs
/// with the same formatting merged, since Word splits runs at every edit), line breaks, hyperlinks, pictures.
/// </summary>
internal sealed class DocxInline(MainDocumentPart main, DocxStyles styles, DocxImageCollector images, DocxOutputBudget budget)
{
    [Flags]
    private enum Format { None = 0, Bold = 1, Italic = 2, Underline = 4 }

    /// <summary>The inline HTML, and whether the paragraph holds visible text and pictures.</summary>
    public (string Html, bool HasText, bool HasImage) Write(Paragraph paragraph, DocxLegacyDecoder.Scope scope)
    {
        var segments = new List<(Format Format, string Html)>();
        var hasText = false;
        var hasImage = false;
        Collect(paragraph, segments, scope, ref hasText, ref hasImage);
        return (Merge(segments), hasText, hasImage);
    }

    private void Collect(OpenXmlElement container, List<(Format, string)> segments, DocxLegacyDecoder.Scope scope, ref bool hasText, ref bool hasImage)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    CollectRun(run, segments, scope, ref hasText, ref hasImage);
                    break;
                case Hyperlink link:
                    var inner = new List<(Format, string)>();
                    Collect(link, inner, scope, ref hasText, ref hasImage);
                    var href = HrefOf(link);
                    var linked = href is null ? Merge(inner) : $"<a href=\"{WebUtility.HtmlEncode(href)}\">{Merge(inner)}</a>";
                    budget.Spend(linked.Length);
                    segments.Add((Format.None, linked));
                    break;
                case DeletedRun or ParagraphProperties:
                    break; // tracked deletions are not part of the text
                default:
                    Collect(child, segments, scope, ref hasText, ref hasImage); // ins, smartTag, sdt, fldSimple…
                    break;
            }
        }
    }

    private void CollectRun(Run run, List<(Format, string)> segments, DocxLegacyDecoder.Scope scope, ref bool hasText, ref bool hasImage)
    {
        var format = FormatOf(run.RunProperties);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case WText text:
                    var decoded = scope.Decode(run, text.Text);
                    hasText |= !string.IsNullOrWhiteSpace(decoded.Replace('\u00A0', ' '));
                    var encoded = WebUtility.HtmlEncode(decoded);
                    budget.Spend(encoded.Length);
                    segments.Add((format, encoded));
                    break;
                case TabChar:
                    budget.Spend(1);
                    segments.Add((format, " "));
                    break;
                case Break brk when brk.Type is null || brk.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    budget.Spend(4);
                    segments.Add((Format.None, "<br>"));
                    break;
                case Drawing drawing when images.ImageHtml(drawing) is { } image:
                    hasImage = true;
                    budget.Spend(image.Length);
                    segments.Add((Format.None, image));
                    break;
                case Picture picture when images.ImageHtml(picture) is { } vmlImage:
                    hasImage = true;
                    budget.Spend(vmlImage.Length);
                    segments.Add((Format.None, vmlImage));
                    break;
            }
        }
    }

    private string? HrefOf(Hyperlink link)
    {
        var id = link.Id?.Value;
        var uri = id is null ? null : main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri;
        // Anchors into the document itself point at bookmarks the article does not keep.
        return uri?.IsAbsoluteUri == true ? uri.AbsoluteUri : uri?.OriginalString;
    }

    // The run's own setting wins over its character style's (a "Strong" run set to not bold is not bold).
    private Format FormatOf(RunProperties? properties)
    {
        var inherited = styles.CharacterFormat(properties?.RunStyle?.Val?.Value);
        var format = Format.None;
        if (IsOn(properties?.Bold ?? inherited.Bold))
        {
            format |= Format.Bold;
        }
        if (IsOn(properties?.Italic ?? inherited.Italic))
        {
            format |= Format.Italic;
        }
        if ((properties?.Underline ?? inherited.Underline) is { } underline && (underline.Val is null || underline.Val.Value != UnderlineValues.None))
        {
            format |= Format.Underline;
        }
        return format;
    }

    private static bool IsOn(OnOffType? toggle) => toggle is not null && (toggle.Val is null || toggle.Val.Value);

    private static string Merge(List<(Format Format, string Html)> segments)
    {
        var html = new StringBuilder();
        var i = 0;
        while (i < segments.Count)
        {
            var format = segments[i].Format;
            var group = new StringBuilder();
            for (; i < segments.Count && segments[i].Format == format; i++)
            {
                group.Append(segments[i].Html);
            }
            html.Append(Wrap(group.ToString(), format));
        }
        return html.ToString();
    }

    private static string Wrap(string html, Format format)
    {
        if (format.HasFlag(Format.Underline))
        {
            html = $"<u>{html}</u>";
        }
        if (format.HasFlag(Format.Italic))
        {
            html = $"<em>{html}</em>";
        }
        return format.HasFlag(Format.Bold) ? $"<strong>{html}</strong>" : html;
    }
}
