namespace Editorial.Approval.Engine.Rules;

/// <summary>A refusal says, in the reviewer's words, what is wrong: the author reads it beside the reason.</summary>
public sealed class RefusalNeedsACommentRule : IStepRule
{
    public string Message => "Vui lòng ghi ý kiến khi từ chối.";

    public bool IsBrokenBy(StepFacts facts) => facts.IsRefusal && !facts.HasComment;
}
