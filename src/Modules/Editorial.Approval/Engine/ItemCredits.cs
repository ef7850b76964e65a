using System.Text;
using System.Text.Json.Nodes;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Engine;

/// <summary>
/// The people an item's version names as its authors (real or pen name) or as who supplied it ("Người, đơn vị cung cấp"),
/// compared with a user's full name or user name without regard to case, spacing or Unicode form. The item's owner is
/// known from the pass itself; this finds the others who wrote or supplied it.
/// </summary>
public sealed class ItemCredits
{
    private readonly HashSet<string> _names;

    private ItemCredits(IEnumerable<string?> names) =>
        _names = names.Select(Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);

    public static ItemCredits None { get; } = new([]);

    public static ItemCredits Of(string? partsJson)
    {
        var parts = ContentParts.ReadObject(partsJson);
        var names = new List<string?> { Text(parts["suppliedBy"]) };
        if (parts["authors"] is JsonArray authors)
        {
            foreach (var author in authors.OfType<JsonObject>())
            {
                names.Add(Text(author["name"]));
                names.Add(Text(author["penName"]));
            }
        }
        return new ItemCredits(names);
    }

    public bool Names(string userName, string? fullName) =>
        _names.Contains(Normalize(userName)) || (!string.IsNullOrWhiteSpace(fullName) && _names.Contains(Normalize(fullName)));

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Normalize(string? name) =>
        string.Join(' ', (name ?? "").Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
