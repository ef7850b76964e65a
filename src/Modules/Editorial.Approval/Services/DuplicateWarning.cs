using Portal.Abstractions.Content;
using Portal.Core.Content;

namespace Editorial.Approval.Services;

/// <summary>
/// Published items like the one under review, for refusal ground (d) of Art. 13.3 (duplicates content already
/// published). The finder belongs to whatever search the host runs; without one the screen simply has no list.
/// </summary>
public sealed class DuplicateWarning(ISimilarContentFinder? finder = null)
{
    /// <summary>Null when no finder is registered (nothing to show), else the list for the item's latest version.</summary>
    public async Task<IReadOnlyList<SimilarPublishedItem>?> ForAsync(ContentItem item, ContentVersion? latest, CancellationToken cancellationToken)
    {
        if (finder is null || latest is null)
        {
            return null;
        }
        return await finder.FindAsync(new SimilarContentDraft(item.Id, latest.Title, latest.Summary, latest.Body), cancellationToken);
    }
}
