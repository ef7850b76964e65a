using System.Text;
using System.Text.Json.Nodes;
using Portal.Core.Content.Types;

namespace Portal.Search.Indexing;

/// <summary>
/// The words of a version's type-specific fields. Addresses and image paths are left out: their
/// pieces ("media", "uploads", hex names) would only add noise to the index.
/// </summary>
public static class PartsPlainText
{
    public static string From(ContentTypeDefinition type, string? parts)
    {
        var json = ContentParts.ReadObject(parts);
        var builder = new StringBuilder();
        Append(builder, type.Fields, json);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IReadOnlyList<PartField> fields, JsonObject row)
    {
        foreach (var field in fields)
        {
            var node = row[field.JsonName];
            switch (field.Kind)
            {
                case PartFieldKind.Url or PartFieldKind.Image or PartFieldKind.Date:
                    break;
                case PartFieldKind.List:
                    foreach (var item in (node as JsonArray ?? []).OfType<JsonObject>())
                    {
                        Append(builder, field.Items, item);
                    }
                    break;
                case PartFieldKind.Tags:
                    builder.AppendJoin(", ", (node as JsonArray ?? []).Select(t => t?.ToString())).Append('\n');
                    break;
                case PartFieldKind.Html:
                    builder.Append(PartsText.ReadersTextFromHtml(Scalar(node))).Append('\n');
                    break;
                default:
                    if (Scalar(node) is { Length: > 0 } text)
                    {
                        builder.Append(text).Append('\n');
                    }
                    break;
            }
        }
    }

    private static string? Scalar(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
