using Portal.Core.Text;

namespace Portal.Search.Indexing;

/// <summary>What every text goes through before the analyzer, indexed or typed as a query: TCVN3/VNI converted, NFC.</summary>
public static class SearchText
{
    /// <summary>Longest text kept per document; a 300-page attachment adds little relevance past this and costs memory.</summary>
    public const int MaxLength = 200_000;

    public static string Prepare(string? text)
    {
        var normalized = VietnameseText.Normalize(text);
        return normalized.Length > MaxLength ? normalized[..MaxLength] : normalized;
    }
}
