using Microsoft.Extensions.Logging;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;

namespace Portal.Search;

/// <summary>
/// <see cref="ISimilarContentFinder"/> over the current tenant's index: the draft's title, summary and body text
/// against published items (<see cref="Querying.SimilarContent"/>). A failure is logged and answers nothing:
/// the list is a warning, and an editor or reviewer must never lose their screen because the index failed.
/// </summary>
public sealed class SimilarContentFinder(SearchService search, ILogger<SimilarContentFinder> logger) : ISimilarContentFinder
{
    public async Task<IReadOnlyList<SimilarPublishedItem>> FindAsync(SimilarContentDraft draft, CancellationToken cancellationToken = default)
    {
        try
        {
            return await search.SimilarAsync(draft.ExcludeItemId, draft.Title ?? "", (draft.Summary ?? "") + "\n" + PartsText.ReadersTextFromHtml(draft.BodyHtml), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Looking for published items similar to {ItemId} failed", draft.ExcludeItemId);
            return [];
        }
    }
}
