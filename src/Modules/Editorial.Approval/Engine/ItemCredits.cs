using System.Text;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;

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

    /// <summary>Credits are article parts (<see cref="ArticleParts"/>); any other type's parts read as none.</summary>
    public static ItemCredits Of(string? partsJson)
    {
        var parts = ContentParts.Read<ArticleParts>(partsJson);
        return new ItemCredits((parts.Authors ?? []).SelectMany(a => new[] { a?.Name, a?.PenName }).Prepend(parts.SuppliedBy));
    }

    public bool Names(string userName, string? fullName) =>
        _names.Contains(Normalize(userName)) || (!string.IsNullOrWhiteSpace(fullName) && _names.Contains(Normalize(fullName)));

    private static string Normalize(string? name) =>
        string.Join(' ', (name ?? "").Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
