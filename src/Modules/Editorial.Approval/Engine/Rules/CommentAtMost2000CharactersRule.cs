namespace Editorial.Approval.Engine.Rules;

/// <summary>A step's comment is a note on the timeline, not a document: at most 2,000 characters.</summary>
public sealed class CommentAtMost2000CharactersRule : IStepRule
{
    public const int MaxLength = 2000;

    public string Message => "Ý kiến không được dài quá 2000 ký tự.";

    public bool IsBrokenBy(StepFacts facts) => facts.Comment is { Length: > MaxLength };
}
