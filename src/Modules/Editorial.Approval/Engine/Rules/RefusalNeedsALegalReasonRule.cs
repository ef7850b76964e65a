using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>A refusal names one of the reasons (a)–(g) of the regulation's Article 13.3.</summary>
public sealed class RefusalNeedsALegalReasonRule : IStepRule
{
    public string Message => "Vui lòng chọn lý do từ chối theo Điều 13.3 (a–g).";

    public bool IsBrokenBy(StepFacts facts) => facts.IsRefusal && !RefusalReasons.IsValid(facts.ReasonCode);
}
