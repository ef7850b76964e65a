using Editorial.Approval.Definitions;
using Portal.Abstractions.Security;

namespace Editorial.Approval.Engine;

/// <summary>
/// Someone acting under a dated delegation must hold the role by which the delegator may take the step, or one of the
/// roles the flow lets act by delegation for it (<see cref="ActorRule.Delegates"/>). A delegator who takes the step as
/// owner of the field or as assignee holds it by their board role(s). A contributor or the accountant therefore never
/// reviews by delegation: they hold no such role.
/// </summary>
public static class DelegateMustHoldTheStepRoleRule
{
    public const string Message = "Người được ủy quyền phải giữ vai trò của người ủy quyền ở bước này (hoặc vai trò mà quy trình cho phép).";

    public static bool Allows(ApprovalTransition transition, ActorFacts delegator, ActorFacts delegate_)
    {
        var byRole = (transition.Who.Roles ?? []).Where(delegator.Roles.Contains).ToList();
        var stepRoles = byRole.Count > 0 ? byRole : delegator.Roles.Where(BuiltInRoles.Board.Contains);
        return stepRoles.Concat(transition.Who.Delegates ?? []).Any(delegate_.Roles.Contains);
    }
}
