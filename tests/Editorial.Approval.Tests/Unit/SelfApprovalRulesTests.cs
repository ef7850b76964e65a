using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Portal.Core.Content.Types;
using R = Portal.Abstractions.Security.BuiltInRoles;

namespace Editorial.Approval.Tests.Unit;

/// <summary>
/// The self-approval hole: the head delegated a member's approval to the contributor, who approved his own article.
/// Each way to reach a decision (own right, standing delegation, dated delegation, field-limited delegation, assignment)
/// is asked here; the reassign list and the HTTP paths are in the integration tests.
/// </summary>
public sealed class SelfApprovalRulesTests
{
    private static ActorFacts User(string id, bool ownsField = false, bool author = false, bool assignee = false, bool credited = false, params string[] roles) =>
        new(id, id, roles.ToHashSet(), ownsField, author, assignee, credited);

    private static Authority Ask(ApprovalDefinition flow, string state, string action, ActorFacts actor, params ActorFacts[] delegators) =>
        ApprovalEngine.Authorize(flow, state, action, ContentTypes.Article, actor, delegators);

    [Fact]
    public void NobodyDecidesOnTheirOwnItemRule_ShouldForbidClassifyApprovePublish_ButNotRefuseOrResubmit()
    {
        var author = User("an", author: true, roles: R.Head);
        var approve = new ApprovalTransition(ApprovalActions.Approve, "a", "b", new ActorRule(Roles: [R.Head]));

        Assert.True(NobodyDecidesOnTheirOwnItemRule.Forbids(approve, author));
        Assert.True(NobodyDecidesOnTheirOwnItemRule.Forbids(approve with { Action = ApprovalActions.Classify }, author));
        Assert.True(NobodyDecidesOnTheirOwnItemRule.Forbids(approve with { Action = ApprovalActions.Publish }, author));
        Assert.False(NobodyDecidesOnTheirOwnItemRule.Forbids(approve with { Action = ApprovalActions.Refuse }, author));
        Assert.False(NobodyDecidesOnTheirOwnItemRule.Forbids(approve with { Action = ApprovalActions.Resubmit }, author));
        Assert.False(NobodyDecidesOnTheirOwnItemRule.Forbids(approve, User("binh", roles: R.Head)));
    }

    [Fact]
    public void NobodyDecidesOnTheirOwnItemRule_ShouldAllowTheAuthor_WhenTheFlowSaysSoForTheStep()
    {
        var allowed = new ApprovalTransition(ApprovalActions.Publish, "a", "b", new ActorRule(Roles: [R.TechnicalAdmin], AuthorMay: true));

        Assert.False(NobodyDecidesOnTheirOwnItemRule.Forbids(allowed, User("huy", author: true, roles: R.TechnicalAdmin)));
    }

    [Fact]
    public void NobodyDecidesOnTheirOwnItemRule_ShouldForbidActingForTheAuthor()
    {
        var approve = new ApprovalTransition(ApprovalActions.Approve, "a", "b", new ActorRule(FieldOwner: true));

        Assert.True(NobodyDecidesOnTheirOwnItemRule.Forbids(approve, User("binh", roles: R.Member), User("an", author: true, ownsField: true, roles: R.Member)));
    }

    [Fact]
    public void DelegateMustHoldTheStepRoleRule_ShouldRefuseAContributor_AndAcceptAMemberForAMember()
    {
        var approve = new ApprovalTransition(ApprovalActions.Approve, "a", "b", new ActorRule(Roles: [R.Head], FieldOwner: true));
        var member = User("minh", ownsField: true, roles: R.Member);

        Assert.False(DelegateMustHoldTheStepRoleRule.Allows(approve, member, User("ctv", roles: R.Contributor)));
        Assert.False(DelegateMustHoldTheStepRoleRule.Allows(approve, member, User("ketoan", roles: R.Accountant)));
        Assert.True(DelegateMustHoldTheStepRoleRule.Allows(approve, member, User("hong", roles: R.Member)));
    }

    [Fact]
    public void DelegateMustHoldTheStepRoleRule_ShouldAcceptARoleTheFlowNames()
    {
        var approve = new ApprovalTransition(ApprovalActions.Approve, "a", "b", new ActorRule(Roles: [R.Head], Delegates: [R.Deputy]));
        var head = User("hung", roles: R.Head);

        Assert.True(DelegateMustHoldTheStepRoleRule.Allows(approve, head, User("thang", roles: R.Deputy)));
        Assert.False(DelegateMustHoldTheStepRoleRule.Allows(approve, head, User("mai", roles: R.Secretary)));
    }

    [Fact]
    public void Head_ShouldNotApproveHisOwnArticle_InHisOwnRight()
    {
        var result = Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, User("hung", author: true, roles: R.Head));

        Assert.False(result.Allowed);
        Assert.Equal(NobodyDecidesOnTheirOwnItemRule.Message, result.Refusal);
    }

    [Fact]
    public void Secretary_ShouldNotClassifyAnItemHeSupplied()
    {
        var result = Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Classify, ApprovalActions.Classify, User("mai", credited: true, roles: R.Secretary));

        Assert.False(result.Allowed);
        Assert.True(Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Classify, ApprovalActions.Classify, User("mai", roles: R.Secretary)).Allowed);
    }

    [Fact]
    public void TechnicalAdmin_ShouldNotPublishHisOwnArticle()
    {
        Assert.False(Ask(ApprovalTemplates.Commune(), ApprovalTemplates.ToPublish, ApprovalActions.Publish, User("huy", author: true, roles: R.TechnicalAdmin)).Allowed);
    }

    [Fact]
    public void DeputyHead_ShouldNotApproveHisOwnArticle_UnderTheStandingDelegation()
    {
        Assert.False(Ask(ApprovalTemplates.School(), ApprovalTemplates.Review, ApprovalActions.Approve, User("thang", author: true, roles: R.Deputy)).Allowed);
    }

    [Fact]
    public void Contributor_ShouldNotApproveHisOwnArticle_UnderADelegationFromTheFieldOwner()
    {
        var owner = User("minh", ownsField: true, roles: R.Member);
        var contributor = User("ctv", author: true, roles: R.Contributor);

        var result = Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, contributor, owner);

        Assert.False(result.Allowed);
        Assert.NotNull(result.Refusal);
    }

    [Fact]
    public void Contributor_ShouldNotApproveAnyArticle_UnderADelegation()
    {
        var owner = User("minh", ownsField: true, roles: R.Member);

        var result = Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, User("ctv", roles: R.Contributor), owner);

        Assert.False(result.Allowed);
        Assert.Equal(DelegateMustHoldTheStepRoleRule.Message, result.Refusal);
    }

    [Fact]
    public void Member_ShouldNotApproveHisOwnArticle_UnderADelegationFromAnotherMember()
    {
        var owner = User("minh", ownsField: true, roles: R.Member);

        Assert.False(Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, User("hong", author: true, roles: R.Member), owner).Allowed);
        Assert.True(Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, User("hong", roles: R.Member), owner).Allowed);
    }

    [Fact]
    public void Deputy_ShouldApproveForTheHead_UnderADatedDelegation_BecauseTheFlowNamesDeputies()
    {
        var head = User("hung", roles: R.Head);

        var result = Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, User("thang", roles: R.Deputy), head);

        Assert.True(result.Allowed);
        Assert.Equal("hung", result.OnBehalfOfUserId);
    }

    [Fact]
    public void Assignee_ShouldNotApproveAnItemHeWrote()
    {
        Assert.False(Ask(ApprovalTemplates.Commune(), ApprovalTemplates.Review, ApprovalActions.Approve, User("mai", assignee: true, author: true, roles: R.Secretary)).Allowed);
    }

    [Fact]
    public void ItemCredits_ShouldFindAuthorsPenNamesAndSupplier_WhateverTheCaseAndSpacing()
    {
        var credits = ItemCredits.Of("""{"authors":[{"name":"Lường Thị  Hoa","penName":"Hoa Ban"}],"suppliedBy":"Nguyễn Văn Huy"}""");

        Assert.True(credits.Names("x", "lường thị hoa"));
        Assert.True(credits.Names("x", "HOA BAN"));
        Assert.True(credits.Names("x", " Nguyễn Văn Huy "));
        Assert.True(credits.Names("nguyễn văn huy", null));
        Assert.False(credits.Names("ctv", "Nguyễn Văn Hùng"));
        Assert.False(ItemCredits.Of(null).Names("ctv", "Nguyễn Văn Hùng"));
    }

    [Fact]
    public void ItemCredits_ShouldNameNobody_WhenTheAuthorsListIsNullOrThePartsAreNotAnArticle()
    {
        Assert.False(ItemCredits.Of("""{"authors":null,"suppliedBy":null}""").Names("hoa", "Lường Thị Hoa"));
        Assert.False(ItemCredits.Of("""{"number":"12/2024/NĐ-CP","issuer":"Lường Thị Hoa"}""").Names("hoa", "Lường Thị Hoa"));
        Assert.False(ItemCredits.Of("not json").Names("hoa", "Lường Thị Hoa"));
    }
}
