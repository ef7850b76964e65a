namespace Editorial.Approval.Definitions;

/// <summary>
/// An action (see <see cref="ApprovalActions"/>) from one state to another, who may take it and, when set,
/// the content types it applies to (e.g. the clerk publishes only documents and the weekly schedule).
/// </summary>
public sealed record ApprovalTransition(string Action, string From, string To, ActorRule Who, IReadOnlyList<string>? ContentTypes = null)
{
    public bool AppliesTo(string contentType) => ContentTypes is null || ContentTypes.Count == 0 || ContentTypes.Contains(contentType);
}
