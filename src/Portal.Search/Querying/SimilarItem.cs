namespace Portal.Search.Querying;

/// <summary>A published item close to the one being edited; <see cref="Similarity"/> is 0–1 (share of syllable pairs in common).</summary>
public sealed record SimilarItem(int ItemId, string Title, string Slug, DateTime DateUtc, double Similarity)
{
    public int Percent => (int)Math.Round(Similarity * 100);
}
