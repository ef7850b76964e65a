using System.Text.RegularExpressions;
using Portal.Core.Text;

namespace Portal.Search.Indexing;

/// <summary>What every text goes through before the analyzer, indexed or typed as a query: TCVN3/VNI converted, NFC.</summary>
public static partial class SearchText
{
    /// <summary>Longest text kept per document; a 300-page attachment adds little relevance past this and costs memory.</summary>
    public const int MaxLength = 200_000;

    public static string Prepare(string? text)
    {
        var normalized = VietnameseText.Normalize(text);
        return normalized.Length > MaxLength ? normalized[..MaxLength] : normalized;
    }

    /// <summary>
    /// Stored text with the "[ảnh: address]" markers that indexes built before readers' text left images out still hold
    /// (until the item is indexed again), so no snippet shows an internal address. Most texts have none and cost one scan.
    /// </summary>
    public static string? WithoutImageMarkers(string? text) =>
        text is not null && text.Contains("[ảnh: ", StringComparison.Ordinal) ? ImageMarker().Replace(text, " ") : text;

    [GeneratedRegex(@"\[ảnh: [^\]]*\]")]
    private static partial Regex ImageMarker();
}
