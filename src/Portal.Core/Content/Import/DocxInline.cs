using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Portal.Core.Content.Import;

/// <summary>
/// A paragraph's runs as inline HTML: text decoded from legacy encodings, bold/italic/underline (adjacent runs
/// with the same formatting merged, since Word splits runs at every edit), line breaks, hyperlinks, pictures, and the
/// caption framed with a picture in a text box (LibreOffice's captioned picture, Word's floating one).
/// </summary>
internal sealed class DocxInline(MainDocumentPart main, DocxStyles styles, DocxImageCollector images, DocxOutputBudget budget, DocxLegacyDecoder decoder)
{
    [Flags]
    private enum Format { None = 0, Bold = 1, Italic = 2, Underline = 4 }

    /// <summary>The inline HTML, whether the paragraph holds visible text and pictures, and a caption framed with a picture.</summary>
    public DocxInlineResult Write(Paragraph paragraph, DocxLegacyDecoder.Scope scope)
    {
        var state = new State(scope);
        Collect(paragraph, state.Segments, state);
        if (state.FramedCaption is { } framed)
        {
            return new DocxInlineResult(Merge(state.Segments), state.HasText, state.HasImage, WebUtility.HtmlEncode(framed));
        }
        if (state.HasImage && state.HasText && SplitAtBreak(state.Segments) is { } split)
        {
            return new DocxInlineResult(Merge(split.Picture), HasText: false, HasImage: true, Merge(split.Caption));
        }
        return new DocxInlineResult(Merge(state.Segments), state.HasText, state.HasImage, null);
    }

    /// <summary>
    /// A paragraph holding only pictures, a line break and text: the text is the pictures' caption, typed on the next
    /// line of the same paragraph (Shift+Enter). Null when the paragraph is anything else.
    /// </summary>
    private static (List<(Format, string)> Picture, List<(Format, string)> Caption)? SplitAtBreak(List<(Format Format, string Html)> segments)
    {
        var lineBreak = segments.FindIndex(s => s.Html == "<br>");
        if (lineBreak <= 0 || !segments.Take(lineBreak).All(s => IsPicture(s.Html) || IsBlank(s.Html))
            || segments.Skip(lineBreak).Any(s => IsPicture(s.Html)))
        {
            return null;
        }
        var caption = segments.Skip(lineBreak).SkipWhile(s => s.Html == "<br>").ToList();
        while (caption.Count > 0 && caption[^1].Html == "<br>")
        {
            caption.RemoveAt(caption.Count - 1);
        }
        return caption.Count == 0 ? null : (segments.Take(lineBreak).Where(s => IsPicture(s.Html)).ToList(), caption);
    }

    private static bool IsPicture(string html) => html.StartsWith("<img ", StringComparison.Ordinal);

    private static bool IsBlank(string html) => string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(html).Replace('\u00A0', ' '));

    private sealed class State(DocxLegacyDecoder.Scope scope)
    {
        public DocxLegacyDecoder.Scope Scope { get; } = scope;
        public List<(Format Format, string Html)> Segments { get; } = [];
        public bool HasText { get; set; }
        public bool HasImage { get; set; }
        public string? FramedCaption { get; set; }
    }

    private void Collect(OpenXmlElement container, List<(Format, string)> segments, State state)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    CollectRun(run, run.ChildElements, segments, state);
                    break;
                case Hyperlink link:
                    var inner = new List<(Format, string)>();
                    Collect(link, inner, state);
                    var href = HrefOf(link);
                    var linked = href is null ? Merge(inner) : $"<a href=\"{WebUtility.HtmlEncode(href)}\">{Merge(inner)}</a>";
                    budget.Spend(linked.Length);
                    segments.Add((Format.None, linked));
                    break;
                case DeletedRun or ParagraphProperties:
                    break; // tracked deletions are not part of the text
                case AlternateContent alternate:
                    Collect(Chosen(alternate), segments, state);
                    break;
                default:
                    Collect(child, segments, state); // ins, smartTag, sdt, fldSimple…
                    break;
            }
        }
    }

    /// <summary>
    /// Markup compatibility: the first choice (a drawing) when it holds a picture, else the fallback (VML), never both,
    /// which show the same thing.
    /// </summary>
    private static OpenXmlElement Chosen(AlternateContent alternate)
    {
        var choice = alternate.Elements<AlternateContentChoice>().FirstOrDefault();
        var fallback = alternate.Elements<AlternateContentFallback>().FirstOrDefault();
        return choice is not null && (fallback is null || choice.Descendants<A.Blip>().Any()) ? choice : (OpenXmlElement?)fallback ?? alternate;
    }

    private void CollectRun(Run run, IEnumerable<OpenXmlElement> children, List<(Format, string)> segments, State state)
    {
        var format = FormatOf(run.RunProperties);
        var scope = state.Scope;
        foreach (var child in children)
        {
            switch (child)
            {
                case WText text:
                    var decoded = scope.Decode(run, text.Text);
                    state.HasText |= !string.IsNullOrWhiteSpace(decoded.Replace('\u00A0', ' '));
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
                    state.HasImage = true;
                    state.FramedCaption ??= FramedCaption(drawing);
                    budget.Spend(image.Length);
                    segments.Add((Format.None, image));
                    break;
                case Picture picture when images.ImageHtml(picture) is { } vmlImage:
                    state.HasImage = true;
                    state.FramedCaption ??= FramedCaption(picture);
                    budget.Spend(vmlImage.Length);
                    segments.Add((Format.None, vmlImage));
                    break;
                case AlternateContent alternate:
                    CollectRun(run, Chosen(alternate).ChildElements, segments, state);
                    break;
            }
        }
    }

    /// <summary>The text of the text box a picture is framed in, when it is short enough to be a caption.</summary>
    private string? FramedCaption(OpenXmlElement drawing)
    {
        var text = string.Join(' ', drawing.Descendants<TextBoxContent>().SelectMany(box => box.Elements<Paragraph>())
            .Select(p => decoder.PlainText(p)).Where(t => t.Length > 0));
        return text.Length is > 0 and <= DocxCaptionRule.MaxStyledLength ? text : null;
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
