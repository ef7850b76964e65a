using Portal.Abstractions.Content;

namespace Portal.ContentAdmin.ViewModels;

/// <summary>
/// The near-duplicate list of the content form (refusal reason (d), 001 Art. 13.3: duplicates content already
/// published). <see cref="Items"/> is null until a new item's text has been checked.
/// </summary>
public sealed record SimilarListViewModel(IReadOnlyList<SimilarPublishedItem>? Items)
{
    public static SimilarListViewModel NotChecked { get; } = new((IReadOnlyList<SimilarPublishedItem>?)null);
}
