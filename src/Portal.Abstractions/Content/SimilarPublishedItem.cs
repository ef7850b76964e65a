namespace Portal.Abstractions.Content;

/// <summary>A published item close to the draft.</summary>
/// <param name="ItemId">The published item.</param>
/// <param name="Title">Its published title.</param>
/// <param name="Slug">Its address name.</param>
/// <param name="PublicPath">App-relative address of its public page (<c>~/…</c>), for <c>Url.Content</c>.</param>
/// <param name="PublishedUtc">When it was published.</param>
/// <param name="Similarity">0–1: share of two-syllable sequences in common (of the shorter text).</param>
public sealed record SimilarPublishedItem(int ItemId, string Title, string Slug, string PublicPath, DateTime PublishedUtc, double Similarity)
{
    /// <summary>The similarity as a whole percentage, as editors read it.</summary>
    public int Percent => (int)Math.Round(Similarity * 100);
}
