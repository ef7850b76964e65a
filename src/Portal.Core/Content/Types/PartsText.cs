using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Core.Content.Types;

/// <summary>Parts and HTML as plain text a person reads, one entry per field, for the diff and the conflict screen.</summary>
public static partial class PartsText
{
    [GeneratedRegex(@"<(br|/p|/h\d|/li|/tr|/figure|/figcaption|/div|/blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<img\b[^>]*\bsrc\s*=\s*[""']?(?<src>[^""'\s>]+)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    /// <summary>Text of the HTML with paragraphs on their own lines and images shown as [ảnh: address], for editors comparing versions.</summary>
    public static string FromHtml(string? html) => Text(html, imageMarkers: true);

    /// <summary>
    /// Text of the HTML as readers see it, for the search index and its snippets: images leave nothing behind (their
    /// captions are text of their own), so no internal address can reach a reader.
    /// </summary>
    public static string ReadersTextFromHtml(string? html) => Text(html, imageMarkers: false);

    private static string Text(string? html, bool imageMarkers)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        var text = Image().Replace(html, m => imageMarkers ? $"[ảnh: {m.Groups["src"].Value}]" : " ");
        text = BlockEnd().Replace(text, m => m.Value + "\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, "")).Replace('\u00A0', ' ');
        return BlankLines().Replace(text, "\n").Trim();
    }

    public static IReadOnlyList<(string Label, string Text)> Describe(ContentTypeDefinition type, string? parts)
    {
        var json = ContentParts.ReadObject(parts);
        return type.Fields.Select(f => (f.Label, Value(f, json[f.JsonName]))).ToList();
    }

    private static string Value(PartField field, JsonNode? node) => field.Kind switch
    {
        PartFieldKind.List => string.Join("\n", (node as JsonArray ?? []).OfType<JsonObject>()
            .Select((row, i) => $"{i + 1}. " + string.Join("; ", field.Items.Select(item => $"{item.Label}: {Value(item, row[item.JsonName])}")))),
        PartFieldKind.Tags => string.Join(", ", (node as JsonArray ?? []).Select(t => t?.ToString())),
        PartFieldKind.Html => FromHtml(Scalar(node)),
        PartFieldKind.Flag => node is JsonValue flag && flag.TryGetValue<bool>(out var on) && on ? "Có" : "",
        PartFieldKind.Date => DateOnly.TryParseExact(Scalar(node), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "",
        _ => Scalar(node) ?? "",
    };

    private static string? Scalar(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
