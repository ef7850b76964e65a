using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Core.Content.Types;

/// <summary>
/// Finds images without captions, which may not be submitted or published (seeds 002, 004). An image in
/// HTML is captioned when it sits in a &lt;figure&gt; with a non-empty &lt;figcaption&gt;; an image field
/// is captioned when its caption field is filled. Regular expressions suffice here because the HTML has
/// already been through the cleaner; no HTML parser is taken on for one check.
/// </summary>
public static partial class CaptionCheck
{
    [GeneratedRegex(@"<figure\b[^>]*>(?<inner>.*?)</figure\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex(@"<figcaption\b[^>]*>(?<text>.*?)</figcaption\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FigCaption();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    [GeneratedRegex(@"\bsrc\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Source();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>One line per image to fix, naming where it is and its address.</summary>
    public static IReadOnlyList<string> Find(ContentTypeDefinition type, string? body, string? parts)
    {
        var missing = new List<string>();
        missing.AddRange(InHtml(body).Select(src => $"Ảnh trong nội dung chưa có chú thích: {src}"));
        var json = ContentParts.ReadObject(parts);
        foreach (var field in type.Fields)
        {
            if (field.Kind == PartFieldKind.Html)
            {
                missing.AddRange(InHtml(Text(json, field.JsonName)).Select(src => $"Ảnh trong “{field.Label}” chưa có chú thích: {src}"));
            }
            else if (field.Kind == PartFieldKind.List && json[field.JsonName] is JsonArray rows)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    if (rows[i] is JsonObject row)
                    {
                        missing.AddRange(InFields(field.Items, row, $"{field.Label}, dòng {i + 1}"));
                    }
                }
            }
        }
        missing.AddRange(InFields(type.Fields, json, null));
        return missing;
    }

    /// <summary>Addresses of the images of <paramref name="html"/> that are not in a captioned figure.</summary>
    public static IReadOnlyList<string> InHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return [];
        }
        var outsideCaptionedFigures = Figure().Replace(html, m => HasCaption(m.Groups["inner"].Value) ? "" : m.Value);
        return Image().Matches(outsideCaptionedFigures)
            .Select(m => Source().Match(m.Value) is { Success: true } src ? WebUtility.HtmlDecode(src.Groups["v"].Value) : "(ảnh không có đường dẫn)")
            .ToList();
    }

    private static bool HasCaption(string figureInner) =>
        FigCaption().Matches(figureInner).Any(c => !string.IsNullOrWhiteSpace(WebUtility.HtmlDecode(Tag().Replace(c.Groups["text"].Value, "")).Replace('\u00A0', ' ')));

    private static IEnumerable<string> InFields(IEnumerable<PartField> fields, JsonObject json, string? where)
    {
        foreach (var image in fields.Where(f => f.Kind == PartFieldKind.Image && f.CaptionField is not null))
        {
            var src = Text(json, image.JsonName);
            var caption = Text(json, PartField.JsonNameOf(image.CaptionField!));
            if (!string.IsNullOrWhiteSpace(src) && string.IsNullOrWhiteSpace(caption))
            {
                yield return $"{where ?? image.Label} chưa có chú thích: {src}";
            }
        }
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
