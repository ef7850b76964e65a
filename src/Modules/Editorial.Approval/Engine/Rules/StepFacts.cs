using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>
/// What the step rules judge, read once before they run: the action, what the form posted (comment trimmed, reason,
/// publish time as typed and as read) and what the unit's directory said of the chosen field and assignee.
/// Plain values, so each rule is a pure function and is unit-tested without a database.
/// </summary>
public sealed record StepFacts(
    string Action,
    string? Comment = null,
    string? ReasonCode = null,
    bool FieldExists = false,
    bool AssigneeFound = false,
    bool AssigneeIsOnTheBoard = false,
    string? PublishAtText = null,
    DateTime? PublishAtUtc = null,
    DateTime NowUtc = default)
{
    public bool Is(string action) => Action == action;

    public bool HasComment => !string.IsNullOrEmpty(Comment);

    public bool IsRefusal => Is(ApprovalActions.Refuse);
}
