using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>Classifying routes the item to a field of this unit, so the field must exist.</summary>
public sealed class ClassifyNeedsAFieldRule : IStepRule
{
    public string Message => "Vui lòng chọn lĩnh vực để chuyển bài.";

    public bool IsBrokenBy(StepFacts facts) => facts.Is(ApprovalActions.Classify) && !facts.FieldExists;
}
