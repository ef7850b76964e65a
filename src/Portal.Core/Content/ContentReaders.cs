using System.Security.Claims;
using Portal.Core.Content.Workflow;

namespace Portal.Core.Content;

/// <summary>
/// Who may read an item's unpublished text (its preview as readers will see it): whoever may edit it (the editor's rule,
/// <see cref="ContentAccess.CanEditAsync"/>), and whoever the tenant's approval flow gives a step to take on it now
/// (a publisher or reviewer without the right to edit every item).
/// </summary>
public sealed class ContentReaders(ContentAccess access, ContentWorkflowGate workflow)
{
    public async Task<bool> MayReadDraftAsync(ClaimsPrincipal user, ContentItem item, CancellationToken cancellationToken) =>
        await access.CanEditAsync(user, item)
        || (workflow.Active is { } flow && (await flow.StatusAsync(item, user, cancellationToken)).Actions.Count > 0);
}
