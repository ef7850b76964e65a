using AngleSharp;
using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Portal.Core.Text;

/// <summary>
/// The one sanitizer for stored article HTML (the HtmlSanitizer package, configured for article markup):
/// an allow-list of tags and attributes, links to http/https/mailto or relative addresses only, images from
/// http/https or relative addresses only (no data: URLs, which are how scripts and huge blobs sneak in),
/// no style or class (Word's mso- styles and Mso classes go with them), Word clipboard leftovers removed.
/// Output is Unicode NFC. Thread-safe once built: register it as a singleton.
/// </summary>
public sealed class PortalHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "u", "s", "sub", "sup", "ul", "ol", "li",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "blockquote", "a", "img", "figure", "figcaption",
    ];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "colspan", "rowspan", "start"];

    private readonly HtmlSanitizer _sanitizer;
    public PortalHtmlSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<CssRuleType>(),
            AllowedCssClasses = new HashSet<string>(),
        })
        {
            // Unknown wrappers (span, font, div, o:p leftovers) lose their markup, not their text.
            KeepChildNodes = true,
        };
        _sanitizer.FilterUrl += (_, e) =>
        {
            // mailto: belongs on links only.
            if (e.Tag.LocalName == "img" && e.SanitizedUrl?.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) == true)
            {
                e.SanitizedUrl = null;
            }
        };
    }

    /// <summary>Sanitizes an HTML fragment (an article body, pasted Word HTML…).</summary>
    public string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }
        var document = Parser().ParseDocument("<!doctype html><html><body>" + html);
        var body = document.Body!;
        WordHtmlCleaner.Clean(body);
        _sanitizer.SanitizeDom(document, body, string.Empty);
        RemoveEmpty(body);
        return body.ChildNodes.ToHtml(AttributeEscapingFormatter.Instance).Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Plain text from HTML or text (titles, captions): tags dropped, whitespace collapsed, NFC.</summary>
    public string ToPlainText(string? htmlOrText)
    {
        if (string.IsNullOrWhiteSpace(htmlOrText))
        {
            return string.Empty;
        }
        var document = Parser().ParseDocument("<!doctype html><html><body>" + htmlOrText);
        WordHtmlCleaner.Clean(document.Body!);
        var text = document.Body!.TextContent.Replace('\u00A0', ' ');
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }

    // Images whose address was refused, and Word's empty "<p>&nbsp;</p>" spacers, carry nothing.
    private static void RemoveEmpty(IElement body)
    {
        foreach (var image in body.QuerySelectorAll("img:not([src])").ToList())
        {
            image.Remove();
        }
        foreach (var paragraph in body.QuerySelectorAll("p, a:not([href])").Reverse().ToList())
        {
            if (paragraph.LocalName == "a")
            {
                paragraph.Replace([.. paragraph.ChildNodes]);
            }
            else if (paragraph.Children.Length == 0 && string.IsNullOrWhiteSpace(paragraph.TextContent.Replace('\u00A0', ' ')))
            {
                paragraph.Remove();
            }
        }
    }

    // A parser per call: AngleSharp's parser is not documented as thread-safe, and this service is a singleton.
    private static HtmlParser Parser() => new();
}
