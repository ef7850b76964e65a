using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>Reassigning names a user of this unit to take the item.</summary>
public sealed class ReassignNeedsAnAssigneeRule : IStepRule
{
    public string Message => "Vui lòng chọn người nhận xử lý.";

    public bool IsBrokenBy(StepFacts facts) => facts.Is(ApprovalActions.Reassign) && !facts.AssigneeFound;
}
