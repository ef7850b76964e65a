using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>A publish time, when typed, is read as dd/MM/yyyy HH:mm in Vietnam time; anything else is refused, not guessed.</summary>
public sealed class PublishTimeMustBeReadableRule : IStepRule
{
    public string Message => "Thời điểm đăng không hợp lệ (ngày/tháng/năm giờ:phút).";

    public bool IsBrokenBy(StepFacts facts) =>
        facts.Is(ApprovalActions.Publish) && !string.IsNullOrWhiteSpace(facts.PublishAtText) && facts.PublishAtUtc is null;
}
