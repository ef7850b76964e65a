using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Core.Text;

/// <summary>
/// The default <see cref="IContentTextPipeline"/>. HTML text is converted node by node, grouped by block
/// (paragraph, list item, cell…): each block follows the whole text's detected encoding unless it shows
/// evidence against it (see <see cref="LegacySegmentPolicy"/>), and converted blocks are what is counted.
/// </summary>
public sealed class ContentTextPipeline(PortalHtmlSanitizer sanitizer) : IContentTextPipeline
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "caption", "pre", "body",
    };

    public CleanedText CleanText(string? input) => CleanText(input, whole: null);

    public CleanedText CleanHtml(string? html) => CleanHtml(html, whole: null);

    public CleanedArticle CleanArticle(string? title, string? bodyHtml)
    {
        var titleText = sanitizer.ToPlainText(title);
        var body = Parse(bodyHtml);
        var blocks = TextNodes(body).GroupBy(BlockOf).Select(b => string.Concat(b.Select(n => n.Data)).Normalize(NormalizationForm.FormC));
        var whole = LegacySegmentPolicy.EncodingOfWhole(blocks.Prepend(titleText));
        return new CleanedArticle(CleanText(titleText, whole), CleanHtml(body, whole));
    }

    private CleanedText CleanText(string? input, LegacyEncoding? whole)
    {
        var text = sanitizer.ToPlainText(input);
        var collector = new LegacyConversionCollector();
        var encoding = LegacySegmentPolicy.EncodingOf(text, whole ?? LegacySegmentPolicy.EncodingOfWhole([text]));
        var converted = LegacyVietnamese.Convert(text, encoding);
        collector.Add(converted.Detected, text, converted.Text);
        return new CleanedText(converted.Text.Normalize(NormalizationForm.FormC), collector.ToReport());
    }

    private CleanedText CleanHtml(string? html, LegacyEncoding? whole) => CleanHtml(Parse(html), whole);

    private CleanedText CleanHtml(IElement body, LegacyEncoding? whole)
    {
        var collector = new LegacyConversionCollector();
        var nodes = TextNodes(body).ToList();
        foreach (var node in nodes)
        {
            node.Data = node.Data.Normalize(NormalizationForm.FormC);
        }
        var blocks = nodes.GroupBy(BlockOf).ToList();
        var wholeEncoding = whole ?? LegacySegmentPolicy.EncodingOfWhole(blocks.Select(b => string.Concat(b.Select(n => n.Data))));
        foreach (var block in blocks)
        {
            var before = string.Concat(block.Select(n => n.Data));
            var encoding = LegacySegmentPolicy.EncodingOf(before, wholeEncoding);
            if (encoding == LegacyEncoding.None)
            {
                continue;
            }
            foreach (var node in block.Where(n => !VietnameseText.ContainsUnicodeVietnamese(n.Data)))
            {
                node.Data = LegacyVietnamese.Convert(node.Data, encoding).Text;
            }
            collector.Add(encoding, before, string.Concat(block.Select(n => n.Data)));
        }
        return new CleanedText(sanitizer.Sanitize(body.InnerHtml), collector.ToReport());
    }

    private IElement Parse(string? html) => Parser().ParseDocument("<!doctype html><html><body>" + html).Body!;

    // Script and style text is code, not prose: it must neither sway detection nor be rewritten.
    private static IEnumerable<IText> TextNodes(IElement body) => body.Descendants<IText>()
        .Where(n => n.ParentElement?.LocalName is not ("script" or "style" or "textarea" or "noscript"));

    private static IElement BlockOf(IText node)
    {
        var element = node.ParentElement!;
        while (!Blocks.Contains(element.LocalName) && element.ParentElement is { } parent)
        {
            element = parent;
        }
        return element;
    }

    // A parser per call: AngleSharp's parser is not documented as thread-safe, and this service is a singleton.
    private static HtmlParser Parser() => new();
}
