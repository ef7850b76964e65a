using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Portal.Core.Content.Types;
using R = Portal.Abstractions.Security.BuiltInRoles;

namespace Editorial.Approval.Tests.Unit;

public sealed class ApprovalEngineTests
{
    private static ActorFacts User(string id, bool ownsField = false, bool author = false, bool assignee = false, params string[] roles) =>
        new(id, id, roles.ToHashSet(), ownsField, author, assignee);

    private static Authority Ask(ApprovalDefinition flow, string state, string action, ActorFacts actor, string type = ContentTypes.Article, params ActorFacts[] delegators) =>
        ApprovalEngine.Authorize(flow, state, action, type, actor, delegators);

    [Fact]
    public void FieldOwner_ShouldApprove_WhileAMemberOfAnotherFieldMayNot()
    {
        var flow = ApprovalTemplates.Commune();

        Assert.True(Ask(flow, ApprovalTemplates.Review, ApprovalActions.Approve, User("minh", ownsField: true, roles: R.Member)).Allowed);
        Assert.False(Ask(flow, ApprovalTemplates.Review, ApprovalActions.Approve, User("hong", roles: R.Member)).Allowed);
    }

    [Fact]
    public void Contributor_ShouldNeverPublish_EvenAsTheAuthor()
    {
        var flow = ApprovalTemplates.Commune();

        Assert.False(Ask(flow, ApprovalTemplates.ToPublish, ApprovalActions.Publish, User("ctv", author: true, roles: R.Contributor)).Allowed);
        Assert.True(Ask(flow, ApprovalTemplates.ToPublish, ApprovalActions.Publish, User("huy", roles: R.TechnicalAdmin)).Allowed);
    }

    [Fact]
    public void Action_ShouldBeDenied_FromAStateItDoesNotLeave()
    {
        var flow = ApprovalTemplates.Commune();
        var head = User("hung", roles: R.Head);

        Assert.False(Ask(flow, ApprovalTemplates.Classify, ApprovalActions.Publish, head).Allowed);
        Assert.False(Ask(flow, ApprovalTemplates.Refused, ApprovalActions.Approve, head).Allowed);
    }

    [Fact]
    public void DeputyHead_ShouldApproveOnBehalfOfTheHead_InTheSchoolFlowOnly()
    {
        var deputy = User("thang", roles: R.Deputy);

        var school = Ask(ApprovalTemplates.School(), ApprovalTemplates.Review, ApprovalActions.Approve, deputy);
        var commune = Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, deputy);

        Assert.True(school.Allowed);
        Assert.Equal(R.Head, school.OnBehalfOfName);
        Assert.False(commune.Allowed);
    }

    [Fact]
    public void Delegate_ShouldActForTheDelegator_AndBeNamedAsActingOnTheirBehalf()
    {
        var flow = ApprovalTemplates.Commune();
        var deputyOfField = User("bien", roles: R.Member);
        var owner = User("minh", ownsField: true, roles: R.Member);

        var alone = Ask(flow, ApprovalTemplates.Review, ApprovalActions.Approve, deputyOfField);
        var delegated = Ask(flow, ApprovalTemplates.Review, ApprovalActions.Approve, deputyOfField, ContentTypes.Article, owner);

        Assert.False(alone.Allowed);
        Assert.True(delegated.Allowed);
        Assert.Equal("minh", delegated.OnBehalfOfUserId);
    }

    [Fact]
    public void Clerk_ShouldPublishDocumentsAndTheSchedule_ButNotNews()
    {
        var flow = ApprovalTemplates.TradeUnion();
        var clerk = User("thu", roles: R.Clerk);

        Assert.True(Ask(flow, ApprovalTemplates.ToPublish, ApprovalActions.Publish, clerk, ContentTypes.LegalDocument).Allowed);
        Assert.True(Ask(flow, ApprovalTemplates.ToPublish, ApprovalActions.Publish, clerk, ContentTypes.WorkSchedule).Allowed);
        Assert.False(Ask(flow, ApprovalTemplates.ToPublish, ApprovalActions.Publish, clerk, ContentTypes.Article).Allowed);
    }

    [Fact]
    public void Assignee_ShouldApprove_AfterReassignment()
    {
        var flow = ApprovalTemplates.Commune();

        Assert.True(Ask(flow, ApprovalTemplates.Review, ApprovalActions.Approve, User("mai", assignee: true, roles: R.Secretary)).Allowed);
    }

    [Fact]
    public void MediaCentreItems_ShouldLandWaitingForPublication()
    {
        var flow = ApprovalTemplates.Commune();

        var (state, skipped) = ApprovalEngine.Land(flow, flow.InitialState, ContentTypes.Article, "trung-tam-huyen");
        var (ordinary, none) = ApprovalEngine.Land(flow, flow.InitialState, ContentTypes.Article, null);

        Assert.Equal(ApprovalTemplates.ToPublish, state);
        Assert.Equal([ApprovalTemplates.Classify, ApprovalTemplates.Review], skipped);
        Assert.Equal(ApprovalTemplates.Classify, ordinary);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("commune")]
    [InlineData("school")]
    [InlineData("education-office")]
    [InlineData("trade-union")]
    public void EveryTemplateFlow_ShouldNameOnlyItsOwnStates_AndSurviveJson(string template)
    {
        var flow = ApprovalTemplates.For(template);
        var codes = flow.States.Select(s => s.Code).ToHashSet();

        Assert.Contains(flow.InitialState, codes);
        Assert.All(flow.Transitions, t => Assert.True(codes.Contains(t.To) && codes.Contains(t.From), $"{t.Action} {t.From}→{t.To}"));
        Assert.All(flow.Deadlines, d => Assert.Contains(d.State, codes));
        var json = System.Text.Json.JsonSerializer.Serialize(flow, Editorial.Approval.Services.DefinitionStore.Json);
        var back = System.Text.Json.JsonSerializer.Deserialize<ApprovalDefinition>(json, Editorial.Approval.Services.DefinitionStore.Json)!;
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, Editorial.Approval.Services.DefinitionStore.Json));
    }

    [Fact]
    public void RefusalReasons_ShouldBeTheSixOfArticle13_3()
    {
        Assert.Equal(["a", "b", "c", "d", "e", "g"], RefusalReasons.All.Keys);
        Assert.False(RefusalReasons.IsValid("f"));
        Assert.False(RefusalReasons.IsValid(null));
    }
}
