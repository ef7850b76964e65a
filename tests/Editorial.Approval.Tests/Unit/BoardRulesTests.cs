using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Services;
using Portal.Core.Content.Types;
using R = Portal.Abstractions.Security.BuiltInRoles;

namespace Editorial.Approval.Tests.Unit;

/// <summary>The small rules of issue 13's board work: what may be submitted, who is told that an item waits, what a mail says.</summary>
public sealed class BoardRulesTests
{
    private static ActorFacts User(string id, bool ownsField = false, params string[] roles) => new(id, id, roles.ToHashSet(), ownsField, false, false);

    private static bool MayWork(ApprovalDefinition flow, string state, ActorFacts actor) =>
        flow.Transitions.Where(t => t.From == state && ApprovalEngine.IsWork(t.Action))
            .Any(t => ApprovalEngine.Authorize(flow, state, t.Action, ContentTypes.Article, actor, []).Allowed);

    [Theory]
    [InlineData(3, null, false)]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(1, 1, true)]
    public void NothingNewToSubmitRule_ShouldForbid_OnlyWhenReadersAlreadySeeTheLatestVersion(int latest, int? published, bool forbids)
    {
        Assert.Equal(forbids, NothingNewToSubmitRule.Forbids(latest, published));
    }

    [Fact]
    public void NoticeRecipientsRule_ShouldLeaveOutTheHeadAndDeputy_WhenTheStepIsSomeoneElses()
    {
        var flow = ApprovalTemplates.Commune();
        var (head, deputy, secretary) = (User("head", roles: R.Head), User("deputy", roles: R.Deputy), User("secretary", roles: R.Secretary));
        var member = User("member", ownsField: true, roles: R.Member);

        Assert.True(MayWork(flow, ApprovalTemplates.Classify, head));
        Assert.True(MayWork(flow, ApprovalTemplates.Classify, deputy));
        Assert.False(MayWork(flow, ApprovalTemplates.Classify, NoticeRecipientsRule.WithoutOversight(head)));
        Assert.False(MayWork(flow, ApprovalTemplates.Classify, NoticeRecipientsRule.WithoutOversight(deputy)));
        Assert.True(MayWork(flow, ApprovalTemplates.Classify, NoticeRecipientsRule.WithoutOversight(secretary)));
        Assert.True(MayWork(flow, ApprovalTemplates.Review, NoticeRecipientsRule.WithoutOversight(member)));
        Assert.False(MayWork(flow, ApprovalTemplates.Review, NoticeRecipientsRule.WithoutOversight(head)));
        Assert.True(MayWork(flow, ApprovalTemplates.Review, NoticeRecipientsRule.WithoutOversight(User("head-owning-the-field", ownsField: true, roles: R.Head))));
    }

    [Fact]
    public void NoticeRecipientsRule_ShouldTellEveryoneWhoMayAct_WhenTheStepIsNobodyElses()
    {
        string[] mayAct = ["head", "deputy"];

        Assert.Equal(mayAct, NoticeRecipientsRule.Choose(mayAct, []));
        Assert.Equal(["secretary"], NoticeRecipientsRule.Choose(["head", "secretary"], ["secretary"]));
    }

    [Fact]
    public void WaitingAsk_ShouldNameTheReadersStepsAndTheDeadline()
    {
        var ask = StepNotices.WaitingAsk([ApprovalActions.Classify, ApprovalActions.Refuse, ApprovalActions.Return], new DateTime(2026, 12, 4, 4, 15, 0, DateTimeKind.Utc));

        Assert.StartsWith("Việc cần làm: Phân loại, chuyển lĩnh vực; Từ chối; Trả lại để bổ sung.", ask);
        Assert.Contains("Hạn xử lý: 04/12/2026 11:15", ask);
    }

    [Fact]
    public void MailBody_ShouldLinkTheItem_OrNameTheScreen_WhenTheUnitsAddressIsUnknown()
    {
        var linked = ApprovalNotifier.MailBody("“Tin” chờ bạn.", "Việc cần làm: Duyệt.", "https://xa.example.vn/admin/approval/7?a=1&b=2", "Xã <A>");
        var unlinked = ApprovalNotifier.MailBody("“Tin” chờ bạn.", "Việc cần làm: Duyệt.", null, "Xã A");

        Assert.Contains("<a href=\"https://xa.example.vn/admin/approval/7?a=1&amp;b=2\">", linked);
        Assert.Contains("<strong>Việc cần làm: Duyệt.</strong>", linked);
        Assert.Contains("Xã &lt;A&gt;", linked);
        Assert.DoesNotContain("<a ", unlinked);
        Assert.Contains("Việc của tôi", unlinked);
    }
}
