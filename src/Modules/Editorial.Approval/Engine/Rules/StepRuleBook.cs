namespace Editorial.Approval.Engine.Rules;

/// <summary>
/// Every step rule, in the order their messages are shown. The content checks of an approval or publish
/// (<see cref="ApprovalChecks"/>) come between <see cref="BeforeContentChecks"/> and <see cref="AfterContentChecks"/>.
/// </summary>
public static class StepRuleBook
{
    public static readonly IReadOnlyList<IStepRule> BeforeContentChecks =
    [
        new RefusalNeedsALegalReasonRule(),
        new RefusalNeedsACommentRule(),
        new ReturnNeedsWhatToAddRule(),
        new TakeDownNeedsAReasonRule(),
        new ClassifyNeedsAFieldRule(),
        new ReassignNeedsAnAssigneeRule(),
        new ReassignOnlyToTheBoardRule(),
    ];

    public static readonly IReadOnlyList<IStepRule> AfterContentChecks =
    [
        new CommentAtMost2000CharactersRule(),
        new PublishTimeMustBeReadableRule(),
        new PublishTimeMustBeInTheFutureRule(),
    ];

    public static IEnumerable<IStepRule> All => BeforeContentChecks.Concat(AfterContentChecks);

    /// <summary>The rules of <paramref name="rules"/> that <paramref name="facts"/> break.</summary>
    public static IEnumerable<IStepRule> BrokenBy(this IEnumerable<IStepRule> rules, StepFacts facts) => rules.Where(rule => rule.IsBrokenBy(facts));
}
