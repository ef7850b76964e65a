namespace Portal.Core.Content.Workflow;

/// <summary>
/// What the approval flow says about one item for one user, so the content screens offer only what that user can really
/// do: the step the item waits at, whether "Gửi duyệt" is a real action now, why saving or publishing directly is refused,
/// and the steps they may take on the flow's screen. Texts are in the current UI language.
/// </summary>
/// <param name="StepName">The step the item waits at (e.g. "Chờ thành viên phụ trách lĩnh vực duyệt"); null outside a pass.</param>
/// <param name="CanSubmit">The user may send the item into the flow now (there is something new to review and it is theirs to send).</param>
/// <param name="EditRefusal">Why the user may not save a new version now, or null when they may.</param>
/// <param name="DirectPublishRefusal">Why publishing, scheduling or unpublishing directly is refused now, or null when it is not.</param>
/// <param name="Actions">Names of the steps the user may take now on the flow's screen (approve, refuse…).</param>
public sealed record ContentWorkflowStatus(string? StepName, bool CanSubmit, string? EditRefusal, string? DirectPublishRefusal, IReadOnlyList<string> Actions);
