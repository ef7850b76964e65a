using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine;

/// <summary>
/// Nobody classifies, approves or publishes an item they wrote or supplied — in their own right, under a standing
/// delegation or for someone else — unless the unit's flow allows it for that step (<see cref="ActorRule.AuthorMay"/>).
/// Acting for the item's author is refused too: a delegation cannot make an author their own reviewer.
/// </summary>
public static class NobodyDecidesOnTheirOwnItemRule
{
    public const string Message = "Không ai được tự phân loại, duyệt hoặc đăng bài do chính mình viết hoặc cung cấp.";

    /// <summary>The actions that decide on an item's merit; refusing, returning or resubmitting are not among them.</summary>
    public static bool IsDecision(string action) => action is ApprovalActions.Classify or ApprovalActions.Approve or ApprovalActions.Publish;

    /// <summary>Whether the rule forbids <paramref name="actor"/> (and, when acting for them, <paramref name="onBehalfOf"/>) to take the transition.</summary>
    public static bool Forbids(ApprovalTransition transition, ActorFacts actor, ActorFacts? onBehalfOf = null) =>
        IsDecision(transition.Action) && !transition.Who.AuthorMay && (actor.WroteOrSupplied || onBehalfOf?.WroteOrSupplied == true);
}
