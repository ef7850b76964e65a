namespace Editorial.Approval.Services;

/// <summary>
/// What a step form posts: the instance revision the user saw (so a decision taken meanwhile by someone else is
/// detected), and per action a comment, a refusal reason (a)–(g), a field, an assignee, a publish time or a source.
/// </summary>
public sealed record StepInput(int? Revision = null, string? Comment = null, string? ReasonCode = null, int? FieldId = null,
    string? AssigneeId = null, string? PublishAt = null, string? Source = null);
