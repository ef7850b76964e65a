using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>Only a member of the editorial board (Ban biên tập) can be given an item to review.</summary>
public sealed class ReassignOnlyToTheBoardRule : IStepRule
{
    public string Message => "Chỉ giao được cho thành viên Ban biên tập.";

    public bool IsBrokenBy(StepFacts facts) => facts.Is(ApprovalActions.Reassign) && facts.AssigneeFound && !facts.AssigneeIsOnTheBoard;
}
