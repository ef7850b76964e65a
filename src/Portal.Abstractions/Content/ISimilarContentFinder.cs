namespace Portal.Abstractions.Content;

/// <summary>
/// Finds the current tenant's published items closest to a text being written or reviewed, so a duplicate of
/// something already published is noticed (refusal reason (d) of the regulations). Registered by the search;
/// a module takes it optionally and shows nothing when it is absent.
/// </summary>
public interface ISimilarContentFinder
{
    /// <summary>
    /// The closest published items, most similar first, never <see cref="SimilarContentDraft.ExcludeItemId"/> itself.
    /// A warning only: a failing index answers an empty list (and is logged), so no screen breaks because of it.
    /// </summary>
    Task<IReadOnlyList<SimilarPublishedItem>> FindAsync(SimilarContentDraft draft, CancellationToken cancellationToken = default);
}
