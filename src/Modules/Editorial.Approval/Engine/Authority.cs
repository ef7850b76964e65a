using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine;

/// <summary>
/// The outcome of asking whether someone may take an action: the transition they may take and, when they act
/// for someone else (a dated delegation or a standing one between roles), whom the timeline names.
/// </summary>
public sealed record Authority(FlowTransition? Transition, string? OnBehalfOfUserId = null, string? OnBehalfOfName = null)
{
    public bool Allowed => Transition is not null;

    public static Authority Denied { get; } = new((FlowTransition?)null);
}
