using System.Text.Json.Nodes;
using Portal.Core.Content.Types;

namespace Portal.ContentAdmin.Content;

/// <summary>Values of stored parts as the form's inputs show them.</summary>
public static class PartValues
{
    public static string Input(JsonObject? values, PartField field) => values?[field.JsonName] switch
    {
        JsonArray tags when field.Kind == PartFieldKind.Tags => string.Join(", ", tags.Select(t => t?.ToString())),
        JsonValue flag when field.Kind == PartFieldKind.Flag => flag.TryGetValue<bool>(out var on) && on ? "true" : "",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => "",
    };

    public static IReadOnlyList<JsonObject> Rows(JsonObject values, PartField list) =>
        (values[list.JsonName] as JsonArray ?? []).OfType<JsonObject>().ToList();
}
