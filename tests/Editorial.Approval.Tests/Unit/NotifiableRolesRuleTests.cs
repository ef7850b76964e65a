using Editorial.Approval;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Tenancy.Templates;

namespace Editorial.Approval.Tests.Unit;

public sealed class NotifiableRolesRuleTests
{
    // The permissions each built-in role is given by default in a new unit.
    private static readonly Dictionary<string, IReadOnlySet<string>> DefaultGrants = BuiltInRoles.All.ToDictionary(
        role => role,
        role => (IReadOnlySet<string>)ContentPermissions.All.Concat(ApprovalPermissions.All).Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name).ToHashSet());

    [Theory]
    [InlineData(TenantTemplates.Commune)]
    [InlineData(TenantTemplates.School)]
    [InlineData(TenantTemplates.EducationOffice)]
    [InlineData(TenantTemplates.TradeUnion)]
    public void NotifiableRoles_ShouldLeaveOutTheAccountantAndContributors_AndKeepTheBoard(string template)
    {
        var notifiable = NotifiableRolesRule.Of(ApprovalTemplates.For(template), DefaultGrants);

        Assert.DoesNotContain(BuiltInRoles.Accountant, notifiable);
        Assert.DoesNotContain(BuiltInRoles.Contributor, notifiable);
        Assert.Contains(BuiltInRoles.Administrator, notifiable);
        Assert.All(BuiltInRoles.Board, role => Assert.Contains(role, notifiable));
    }

    [Fact]
    public void NotifiableRoles_ShouldIncludeARoleWithoutPermissions_WhenTheFlowGivesItAStep()
    {
        var flow = ApprovalTemplates.Commune();
        flow = flow with { Transitions = [.. flow.Transitions, new(ApprovalActions.Approve, ApprovalTemplates.Review, ApprovalTemplates.Review, new ActorRule(Roles: [BuiltInRoles.Accountant]))] };

        Assert.Contains(BuiltInRoles.Accountant, NotifiableRolesRule.Of(flow, DefaultGrants));
    }

    [Fact]
    public void Validate_ShouldRefuseANotificationNamingARoleThatCannotOpenTheItem()
    {
        var flow = ApprovalTemplates.Commune() with { Notifications = [new ApprovalNotification(ApprovalTemplates.Review, Roles: [BuiltInRoles.Accountant])] };

        var errors = ApprovalText.In("vi-VN", () => ApprovalValidator.Validate(flow, BuiltInRoles.All.ToHashSet(), TenantTemplates.Find(TenantTemplates.Commune)!.Fields.Select(f => f.Code).ToHashSet(),
            new HashSet<string>(), ApprovalText.Localizer, NotifiableRolesRule.Of(flow, DefaultGrants)));

        Assert.Contains(errors, e => e.Contains("người giữ vai trò “Kế toán” không được xem bài đang duyệt nên không thể nhận thông báo."));
    }
}
