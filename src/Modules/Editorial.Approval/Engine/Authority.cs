using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine;

/// <summary>
/// The outcome of asking whether someone may take an action: the transition they may take and, when they act
/// for someone else (a dated delegation or a standing one between roles), whom the timeline names. A refusal by a
/// named rule (the item is one's own, the delegate lacks the step's role) carries that rule's message.
/// </summary>
public sealed record Authority(ApprovalTransition? Transition, string? OnBehalfOfUserId = null, string? OnBehalfOfName = null)
{
    public bool Allowed => Transition is not null;

    /// <summary>The message of the rule that refused an otherwise allowed way, or null.</summary>
    public string? Refusal { get; private init; }

    public static Authority Denied { get; } = new((ApprovalTransition?)null);

    public static Authority RefusedBy(string message) => new((ApprovalTransition?)null) { Refusal = message };
}
