using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Portal.Core.Content.Types;

/// <summary>Reads and writes the typed parts stored as JSON in <see cref="ContentVersion.Parts"/>.</summary>
public static class ContentParts
{
    /// <summary>camelCase, and Vietnamese letters left readable in the database (HTML-significant characters are still escaped).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static T Read<T>(string? json) where T : new() => TryParse(json) is { } node ? node.Deserialize<T>(Options) ?? new T() : new T();

    /// <summary>The parts as a JSON object; an empty one for missing or unreadable JSON (old rows, hand edits).</summary>
    public static JsonObject ReadObject(string? json) => TryParse(json) ?? [];

    /// <summary>Round-trips through the type's record, so only known fields of the right shape are stored.</summary>
    public static string Normalize(ContentTypeDefinition type, JsonObject parts)
    {
        var typed = parts.Deserialize(type.PartsType, Options) ?? Activator.CreateInstance(type.PartsType)!;
        return JsonSerializer.Serialize(typed, type.PartsType, Options);
    }

    /// <summary>Applies <paramref name="clean"/> to every HTML field of the parts (the sanitizer's seam).</summary>
    public static string CleanHtml(ContentTypeDefinition? type, string parts, Func<string, string> clean)
    {
        var htmlFields = type?.Fields.Where(f => f.Kind == PartFieldKind.Html).ToList() ?? [];
        if (htmlFields.Count == 0)
        {
            return parts;
        }
        var json = ReadObject(parts);
        foreach (var field in htmlFields)
        {
            if (json[field.JsonName] is JsonValue value && value.TryGetValue<string>(out var html))
            {
                json[field.JsonName] = clean(html);
            }
        }
        return json.ToJsonString(Options);
    }

    private static JsonObject? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
