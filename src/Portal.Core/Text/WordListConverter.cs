using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Portal.Core.Text;

/// <summary>
/// Word puts lists on the clipboard as paragraphs styled "mso-list:l0 level2 lfo1" whose bullet or number is
/// typed text in a "mso-list:Ignore" span. Consecutive such paragraphs become real nested ul/ol lists
/// (ordered when the typed marker is a number or letter), so pasted lists stay lists after sanitizing.
/// </summary>
internal static partial class WordListConverter
{
    public static void Convert(IElement root)
    {
        var done = new HashSet<IElement>();
        foreach (var paragraph in root.QuerySelectorAll("p[style]").ToList())
        {
            if (done.Contains(paragraph) || LevelOf(paragraph) is null)
            {
                continue;
            }
            var group = new List<IElement>();
            for (IElement? current = paragraph; current is not null && LevelOf(current) is not null; current = current.NextElementSibling)
            {
                group.Add(current);
            }
            done.UnionWith(group);
            Build(group);
        }
    }

    private static void Build(List<IElement> paragraphs)
    {
        var document = paragraphs[0].Owner!;
        var open = new Stack<IElement>(); // the open list at each level
        foreach (var paragraph in paragraphs)
        {
            var level = LevelOf(paragraph)!.Value;
            var tag = IsOrdered(paragraph) ? "ol" : "ul";
            while (open.Count > level + 1 || (open.Count == level + 1 && open.Peek().LocalName != tag))
            {
                open.Pop();
            }
            while (open.Count < level + 1)
            {
                var list = document.CreateElement(open.Count < level ? "ul" : tag);
                if (open.Count == 0)
                {
                    paragraph.Before(list);
                }
                else
                {
                    var parentItem = open.Peek().LastElementChild ?? open.Peek().AppendChild(document.CreateElement("li")) as IElement;
                    parentItem!.AppendChild(list);
                }
                open.Push(list);
            }
            foreach (var marker in paragraph.QuerySelectorAll("[style]").Where(IsMarker).ToList())
            {
                marker.Remove();
            }
            var item = document.CreateElement("li");
            while (paragraph.FirstChild is { } child)
            {
                item.AppendChild(child);
            }
            open.Peek().AppendChild(item);
            paragraph.Remove();
        }
    }

    /// <summary>0-based list level from "mso-list:l0 level2 lfo1", or null for an ordinary paragraph.</summary>
    private static int? LevelOf(IElement element)
    {
        if (element.LocalName != "p" || element.GetAttribute("style") is not { } style)
        {
            return null;
        }
        var match = ListStyle().Match(style);
        return match.Success ? Math.Clamp(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1, 0, 8) : null;
    }

    private static bool IsOrdered(IElement paragraph)
    {
        var marker = paragraph.QuerySelectorAll("[style]").FirstOrDefault(IsMarker)?.TextContent ?? string.Empty;
        return OrderedMarker().IsMatch(marker.Replace('\u00A0', ' ').Trim());
    }

    private static bool IsMarker(IElement element) =>
        element.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal).Contains("mso-list:ignore", StringComparison.OrdinalIgnoreCase) == true;

    [GeneratedRegex(@"mso-list\s*:\s*l\d+\s+level(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListStyle();

    // "1.", "a)", "(iv)", "IV." are numbers; "·", "§", "o", "-" are bullets.
    [GeneratedRegex(@"^\(?([0-9]+|[a-z]|[ivxlc]+|[A-Z]|[IVXLC]+)[\.\)]", RegexOptions.None)]
    private static partial Regex OrderedMarker();
}
