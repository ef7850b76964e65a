using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine;

/// <summary>
/// The rules of a flow, with no database: which transitions an action may take from a state, whether an actor
/// (directly, or for a delegator) may take them, and where the item lands once skipped states are passed.
/// </summary>
public static class ApprovalEngine
{
    /// <summary>Transitions for <paramref name="action"/> from <paramref name="state"/> that apply to the content type.</summary>
    public static IEnumerable<ApprovalTransition> Candidates(ApprovalDefinition flow, string state, string action, string contentType) =>
        flow.Transitions.Where(t => t.From == state && t.Action == action && t.AppliesTo(contentType));

    /// <summary>
    /// Whether <paramref name="actor"/> may take <paramref name="action"/>: first in their own right, then under a
    /// standing delegation between roles, then for one of <paramref name="delegators"/> (users who delegated to them today).
    /// Each way is subject to <see cref="NobodyDecidesOnTheirOwnItemRule"/>, and a dated delegation to
    /// <see cref="DelegateMustHoldTheStepRoleRule"/>; a refusal says which rule refused it when one did.
    /// </summary>
    public static Authority Authorize(ApprovalDefinition flow, string state, string action, string contentType, ActorFacts actor, IEnumerable<ActorFacts> delegators)
    {
        var candidates = Candidates(flow, state, action, contentType).ToList();
        if (flow.State(state) is null or { Final: true } || candidates.Count == 0)
        {
            return Authority.Denied;
        }
        string? refusedBy = null;
        foreach (var transition in candidates.Where(t => Satisfies(t.Who, actor)))
        {
            if (!NobodyDecidesOnTheirOwnItemRule.Forbids(transition, actor))
            {
                return new Authority(transition);
            }
            refusedBy = NobodyDecidesOnTheirOwnItemRule.Message;
        }
        foreach (var transition in candidates)
        {
            if (StandingFor(transition.Who, actor) is { } role)
            {
                if (!NobodyDecidesOnTheirOwnItemRule.Forbids(transition, actor))
                {
                    return new Authority(transition, null, role);
                }
                refusedBy = NobodyDecidesOnTheirOwnItemRule.Message;
            }
        }
        foreach (var delegator in delegators)
        {
            foreach (var transition in candidates.Where(t => Satisfies(t.Who, delegator)))
            {
                if (!DelegateMustHoldTheStepRoleRule.Allows(transition, delegator, actor))
                {
                    refusedBy ??= DelegateMustHoldTheStepRoleRule.Message;
                }
                else if (NobodyDecidesOnTheirOwnItemRule.Forbids(transition, actor, delegator))
                {
                    refusedBy = NobodyDecidesOnTheirOwnItemRule.Message;
                }
                else
                {
                    return new Authority(transition, delegator.UserId, delegator.Name);
                }
            }
        }
        return refusedBy is null ? Authority.Denied : Authority.RefusedBy(refusedBy);
    }

    public static bool Satisfies(ActorRule rule, ActorFacts actor) =>
        (rule.Roles?.Any(actor.Roles.Contains) ?? false)
        || (rule.FieldOwner && actor.OwnsField)
        || (rule.Assignee && actor.IsAssignee)
        || (rule.Author && actor.IsAuthor);

    /// <summary>The role the actor stands in for, when the rule names a standing delegation they hold.</summary>
    private static string? StandingFor(ActorRule rule, ActorFacts actor) =>
        rule.Standing?.FirstOrDefault(s => actor.Roles.Contains(s.Role) && (rule.Roles?.Contains(s.OnBehalfOfRole) ?? false))?.OnBehalfOfRole;

    /// <summary>
    /// The state an item lands in when it is sent to <paramref name="target"/>: skipped states are passed through
    /// along their approve (or classify) transition. Returns the states passed, in order.
    /// </summary>
    public static (string State, IReadOnlyList<string> Skipped) Land(ApprovalDefinition flow, string target, string contentType, string? source)
    {
        var skipped = new List<string>();
        var skips = flow.Skips.Where(s => s.Matches(contentType, source)).SelectMany(s => s.States).ToHashSet();
        var state = target;
        while (skips.Contains(state) && !skipped.Contains(state))
        {
            var forward = flow.Transitions.FirstOrDefault(t => t.From == state && t.To != state && t.AppliesTo(contentType)
                && t.Action is ApprovalActions.Approve or ApprovalActions.Classify);
            if (forward is null)
            {
                break;
            }
            skipped.Add(state);
            state = forward.To;
        }
        return (state, skipped);
    }

    /// <summary>Actions that move work on (shown in the inbox); refusals and returns are choices inside them.</summary>
    public static bool IsWork(string action) =>
        action is ApprovalActions.Classify or ApprovalActions.Approve or ApprovalActions.Publish or ApprovalActions.Resubmit;
}
