using Editorial.Approval.Definitions;
using Editorial.Approval.Engine.Rules;

namespace Editorial.Approval.Tests.Unit;

/// <summary>
/// What a step needs besides the right to take it, one named rule each (issue 14: they were one switch, and
/// "a refusal needs a reason and a comment" was tested only over HTTP).
/// </summary>
public sealed class StepRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);

    private static StepFacts Facts(string action, string? comment = null, string? reason = null) =>
        new(action, comment, reason, NowUtc: Now);

    [Fact]
    public void RefusalNeedsALegalReasonRule_ShouldBeBroken_WithoutOneOfTheReasonsAToG()
    {
        var rule = new RefusalNeedsALegalReasonRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Refuse, "Sai số liệu")));
        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Refuse, "Sai số liệu", reason: "z")));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Refuse, "Sai số liệu", reason: "a")));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Approve)));
    }

    [Fact]
    public void RefusalNeedsACommentRule_ShouldBeBroken_WhenTheRefusalSaysNothing()
    {
        var rule = new RefusalNeedsACommentRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Refuse, reason: "a")));
        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Refuse, comment: "", reason: "a")));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Refuse, "Trùng với tin đã đăng", "a")));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Approve)));
    }

    [Fact]
    public void ReturnNeedsWhatToAddRule_ShouldBeBroken_WhenTheReturnSaysNothing()
    {
        var rule = new ReturnNeedsWhatToAddRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Return)));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Return, "Bổ sung ảnh")));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.TakeDown, "Hết hiệu lực")));
    }

    [Fact]
    public void TakeDownNeedsAReasonRule_ShouldBeBroken_WhenTheTakeDownSaysNothing()
    {
        var rule = new TakeDownNeedsAReasonRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.TakeDown)));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.TakeDown, "Hết hiệu lực")));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Return)));
    }

    [Fact]
    public void ClassifyNeedsAFieldRule_ShouldBeBroken_WhenTheFieldIsNotOneOfTheUnits()
    {
        var rule = new ClassifyNeedsAFieldRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Classify)));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Classify) with { FieldExists = true }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Approve)));
    }

    [Fact]
    public void ReassignNeedsAnAssigneeRule_ShouldBeBroken_WhenNobodyOfTheUnitIsNamed()
    {
        var rule = new ReassignNeedsAnAssigneeRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Reassign)));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Reassign) with { AssigneeFound = true }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Classify)));
    }

    [Fact]
    public void ReassignOnlyToTheBoardRule_ShouldBeBroken_ForAUserOutsideTheBoard_AndSayNothingWhenNobodyWasFound()
    {
        var rule = new ReassignOnlyToTheBoardRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Reassign) with { AssigneeFound = true }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Reassign) with { AssigneeFound = true, AssigneeIsOnTheBoard = true }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Reassign)));
    }

    [Fact]
    public void CommentAtMost2000CharactersRule_ShouldBeBroken_PastTwoThousandCharacters_OnAnyStep()
    {
        var rule = new CommentAtMost2000CharactersRule();

        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Approve, new string('a', 2000))));
        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Approve, new string('a', 2001))));
        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Refuse, new string('ê', 2001), "a")));
    }

    [Fact]
    public void PublishTimeMustBeReadableRule_ShouldBeBroken_WhenATypedTimeCannotBeRead()
    {
        var rule = new PublishTimeMustBeReadableRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Publish) with { PublishAtText = "mai 8 giờ" }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Publish) with { PublishAtText = "  " }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Publish) with { PublishAtText = "04/12/2026 08:00", PublishAtUtc = Now.AddDays(1) }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Approve) with { PublishAtText = "mai 8 giờ" }));
    }

    [Fact]
    public void PublishTimeMustBeInTheFutureRule_ShouldBeBroken_ForNowOrThePast()
    {
        var rule = new PublishTimeMustBeInTheFutureRule();

        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Publish) with { PublishAtUtc = Now }));
        Assert.True(rule.IsBrokenBy(Facts(ApprovalActions.Publish) with { PublishAtUtc = Now.AddMinutes(-1) }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Publish) with { PublishAtUtc = Now.AddMinutes(1) }));
        Assert.False(rule.IsBrokenBy(Facts(ApprovalActions.Publish)));
    }

    [Fact]
    public void StepRuleBook_ShouldListEveryRule_OnceAndInTheOrderTheMessagesAreShown()
    {
        var names = StepRuleBook.All.Select(rule => rule.GetType().Name).ToList();
        var declared = typeof(IStepRule).Assembly.GetTypes().Where(t => typeof(IStepRule).IsAssignableFrom(t) && !t.IsInterface).Select(t => t.Name);

        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(declared.Order(), names.Order());
        Assert.Equal(nameof(RefusalNeedsALegalReasonRule), names[0]);
        Assert.Equal(nameof(PublishTimeMustBeInTheFutureRule), names[^1]);
    }

    [Fact]
    public void StepRuleBook_ShouldReportBothRefusalRules_ForAnEmptyRefusal()
    {
        var broken = StepRuleBook.All.BrokenBy(Facts(ApprovalActions.Refuse)).Select(rule => rule.Message).ToList();

        Assert.Equal(["Vui lòng chọn lý do từ chối theo Điều 13.3 (a–g).", "Vui lòng ghi ý kiến khi từ chối."], broken);
    }
}
