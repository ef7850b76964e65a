using AngleSharp.Dom;

namespace Portal.Core.Text;

/// <summary>
/// Runs on the parsed DOM before <see cref="PortalHtmlSanitizer"/>: removes what must disappear with its
/// content (the sanitizer keeps the children of tags it drops, so that a &lt;span&gt; or &lt;font&gt; loses only
/// its markup), and the leftovers of Word's "Save as HTML" and clipboard: o:p, mso-list bullets, conditional
/// comments. Headings are mapped onto the article's h2–h4 range.
/// </summary>
internal static class WordHtmlCleaner
{
    // Dropped whole: their content is code, another document or form controls, never article text.
    private static readonly string[] DroppedWithContent =
    [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "template", "svg", "math", "base", "link", "meta", "title", "head", "xml", "form", "input", "button",
        "textarea", "select", "option", "audio", "video", "source", "track", "canvas", "dialog", "portal",
    ];

    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["h1"] = "h2", ["h5"] = "h4", ["h6"] = "h4", ["b"] = "strong", ["i"] = "em",
    };

    public static void Clean(IElement root)
    {
        foreach (var node in root.Descendants<IComment>().ToList())
        {
            node.Remove(); // includes Word's <!--[if gte mso 9]> … <![endif]--> blocks
        }
        WordListConverter.Convert(root);
        foreach (var element in root.Descendants<IElement>().ToList())
        {
            if (element.Parent is null)
            {
                continue; // already gone with a removed ancestor
            }
            var name = element.LocalName;
            if (DroppedWithContent.Contains(name, StringComparer.OrdinalIgnoreCase)
                || element.Prefix is not null || name.Contains(':') // o:p, v:shape, w:sdt…
                || IsWordListBullet(element))
            {
                element.Remove();
            }
            else if (Renamed.TryGetValue(name, out var newName))
            {
                Rename(element, newName);
            }
        }
    }

    // Word writes the bullet or number of a list paragraph as text inside <span style="mso-list:Ignore">.
    private static bool IsWordListBullet(IElement element) =>
        element.GetAttribute("style") is { } style
        && style.Replace(" ", "", StringComparison.Ordinal).Contains("mso-list:ignore", StringComparison.OrdinalIgnoreCase);

    private static void Rename(IElement element, string newName)
    {
        var replacement = element.Owner!.CreateElement(newName);
        foreach (var attribute in element.Attributes)
        {
            replacement.SetAttribute(attribute.Name, attribute.Value);
        }
        while (element.FirstChild is { } child)
        {
            replacement.AppendChild(child);
        }
        element.Replace(replacement);
    }
}
