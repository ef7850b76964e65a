using System.Security.Claims;
using Portal.Abstractions.Results;

namespace Portal.Core.Content.Workflow;

/// <summary>
/// Extension point for an approval module: when a tenant has the implementing module enabled, the content
/// screens hand submission to it and ask it before publishing directly. The framework never names the module;
/// without one (or with it switched off) the plain transitions of <see cref="ContentService"/> apply.
/// </summary>
public interface IContentWorkflow
{
    /// <summary>Id of the module that implements the flow; the hook is used only where the tenant enabled it.</summary>
    string ModuleId { get; }

    /// <summary>Sends the item's latest version into the flow (first submission or resubmission after a return).</summary>
    Task<Outcome<ContentItem>> SubmitAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>
    /// A Vietnamese reason why the plain publish, schedule or unpublish actions may not act on the item now
    /// (it is under review, so publishing goes through the flow), or null when they may.
    /// </summary>
    Task<string?> DirectPublishRefusalAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>
    /// A Vietnamese reason why this user may not save a new version now (the item waits on someone else, who
    /// would otherwise approve one version and see another published), or null when they may.
    /// </summary>
    Task<string?> EditRefusalAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Where the item stands in the flow for this user, for the content screens (state, real actions, why editing is locked).</summary>
    Task<ContentWorkflowStatus> StatusAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>App-relative address of the item's flow screen (timeline and actions), e.g. "~/admin/approval/12".</summary>
    string ItemUrl(int contentItemId);
}
