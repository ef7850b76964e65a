using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Portal.Abstractions.Content;
using Portal.Abstractions.Security;
using Portal.Core.Tenancy.Templates;

namespace Editorial.Approval.Tests.Unit;

public sealed class ApprovalValidatorTests
{
    private static readonly HashSet<string> Roles = [.. BuiltInRoles.All];

    private static List<string> Check(ApprovalDefinition flow, string template = TenantTemplates.Commune, string culture = "vi-VN") =>
        ApprovalText.In(culture, () => ApprovalValidator.Validate(flow, Roles, TenantTemplates.Find(template)!.Fields.Select(f => f.Code).ToHashSet(), new HashSet<string> { "thanhvien" }, ApprovalText.Localizer));

    [Theory]
    [InlineData(TenantTemplates.Commune)]
    [InlineData(TenantTemplates.School)]
    [InlineData(TenantTemplates.EducationOffice)]
    [InlineData(TenantTemplates.TradeUnion)]
    public void DefaultFlows_ShouldPass(string template)
    {
        Assert.Empty(Check(ApprovalTemplates.For(template), template));
    }

    [Fact]
    public void UnknownStatesRolesAndFields_ShouldEachBeNamed()
    {
        var flow = ApprovalTemplates.Commune() with
        {
            Transitions = [.. ApprovalTemplates.Commune().Transitions, new(ApprovalActions.Approve, ApprovalTemplates.Review, "nowhere", new ActorRule(Roles: ["Chủ tịch"]))],
            Routes = [new("khong-co", ["ai-do"], [], [])],
        };

        var errors = Check(flow);

        Assert.Contains(errors, e => e.Contains("bước không tồn tại"));
        Assert.Contains(errors, e => e.Contains("không có vai trò “Chủ tịch”"));
        Assert.Contains(errors, e => e.Contains("không có lĩnh vực “khong-co”"));
        Assert.Contains(errors, e => e.Contains("không có người dùng “ai-do”"));
    }

    [Fact]
    public void PublishingIntoAStateThatIsNotPublished_ShouldBeRefused()
    {
        var flow = ApprovalTemplates.Commune() with
        {
            Transitions = [new(ApprovalActions.Publish, ApprovalTemplates.Review, ApprovalTemplates.ToPublish, new ActorRule(Roles: [BuiltInRoles.TechnicalAdmin]))],
        };

        Assert.Contains(Check(flow), e => e.Contains("thao tác đăng phải dẫn tới bước"));
    }

    [Fact]
    public void RenamedMeaningfulState_AndRuleForNobody_ShouldBeRefused()
    {
        var flow = ApprovalTemplates.Commune() with
        {
            States = [.. ApprovalTemplates.Commune().States.Select(s => s.Status == ContentStatus.Approved ? s with { Code = "cho-dang" } : s)],
            Transitions = [new(ApprovalActions.Classify, ApprovalTemplates.Classify, ApprovalTemplates.Review, new ActorRule())],
        };

        var errors = Check(flow);

        Assert.Contains(errors, e => e.Contains("phải có mã “to-publish”"));
        Assert.Contains(errors, e => e.Contains("chưa nói ai được làm"));
    }

    [Fact]
    public void Messages_ShouldBeInEnglish_WhenEnglishIsChosen()
    {
        var flow = ApprovalTemplates.Commune() with
        {
            Transitions = [.. ApprovalTemplates.Commune().Transitions, new(ApprovalActions.Approve, ApprovalTemplates.Review, "nowhere", new ActorRule(Roles: ["Chủ tịch"]))],
            Routes = [new("khong-co", ["ai-do"], [], [])],
        };

        var errors = Check(flow, culture: "en-US");

        Assert.Contains("Transition “approve” review → nowhere: a step does not exist.", errors);
        Assert.Contains("Transition “approve” review → nowhere: there is no role “Chủ tịch”.", errors);
        Assert.Contains("Routing: there is no field “khong-co”.", errors);
        Assert.Contains("Routing khong-co: there is no user “ai-do”.", errors);
        Assert.DoesNotContain(errors, e => e.Contains("không có"));
    }
}
