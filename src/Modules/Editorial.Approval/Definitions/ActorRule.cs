namespace Editorial.Approval.Definitions;

/// <summary>
/// Who may take a transition: any of the roles, the member(s) owning the item's field, the item's assignee,
/// or its author. <see cref="Standing"/> lets a role act for another role permanently (the school's deputy head
/// approves under the head's standing delegation, seed 003 Art. 5.2); such steps record "on behalf of".
/// <see cref="Delegates"/> names the roles that may also act for someone under a dated delegation, besides the
/// delegator's own role for the step (see <c>DelegateMustHoldTheStepRoleRule</c>). <see cref="AuthorMay"/> lets
/// the author or supplier of an item classify, approve or publish it themselves, which is refused otherwise
/// (<c>NobodyDecidesOnTheirOwnItemRule</c>).
/// </summary>
public sealed record ActorRule(
    IReadOnlyList<string>? Roles = null,
    bool FieldOwner = false,
    bool Assignee = false,
    bool Author = false,
    IReadOnlyList<StandingDelegation>? Standing = null,
    IReadOnlyList<string>? Delegates = null,
    bool AuthorMay = false);

/// <summary>Holders of <paramref name="Role"/> act for holders of <paramref name="OnBehalfOfRole"/>.</summary>
public sealed record StandingDelegation(string Role, string OnBehalfOfRole);
