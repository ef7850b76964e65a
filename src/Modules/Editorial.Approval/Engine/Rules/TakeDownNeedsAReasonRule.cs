using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>A published item is taken down with a reason on record.</summary>
public sealed class TakeDownNeedsAReasonRule : IStepRule
{
    public string Message => "Vui lòng ghi lý do gỡ xuống.";

    public bool IsBrokenBy(StepFacts facts) => facts.Is(ApprovalActions.TakeDown) && !facts.HasComment;
}
