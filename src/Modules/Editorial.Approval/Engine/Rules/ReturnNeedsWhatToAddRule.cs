using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>An item returned for more work says what is to be added or made clear.</summary>
public sealed class ReturnNeedsWhatToAddRule : IStepRule
{
    public string Message => "Vui lòng ghi rõ nội dung cần bổ sung, làm rõ.";

    public bool IsBrokenBy(StepFacts facts) => facts.Is(ApprovalActions.Return) && !facts.HasComment;
}
