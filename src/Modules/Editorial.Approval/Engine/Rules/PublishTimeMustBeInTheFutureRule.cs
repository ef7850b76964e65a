using Editorial.Approval.Definitions;

namespace Editorial.Approval.Engine.Rules;

/// <summary>A scheduled publish is for later; "now" is the plain publish without a time.</summary>
public sealed class PublishTimeMustBeInTheFutureRule : IStepRule
{
    public string Message => "Thời điểm hẹn đăng phải ở tương lai.";

    public bool IsBrokenBy(StepFacts facts) => facts.Is(ApprovalActions.Publish) && facts.PublishAtUtc is { } when && when <= facts.NowUtc;
}
