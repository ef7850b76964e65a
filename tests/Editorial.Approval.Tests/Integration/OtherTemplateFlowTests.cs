using System.Net;
using Editorial.Approval.Definitions;
using Portal.Abstractions.Content;
using Portal.Abstractions.Security;
using Portal.Core.Content.Types;
using Portal.Core.Sites;

namespace Editorial.Approval.Tests.Integration;

/// <summary>Uses its own host: it creates a trade union and an education office from their templates, with their board.</summary>
public sealed class OtherTemplateFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task CreateTenantAsync(string name, string template)
    {
        using var host = await new TenantAdminDriver(factory).OperatorAsync();
        await new TenantAdminDriver(factory).CreateAsync(host, TenantAdminDriver.ValidForm(name, template));
    }

    private async Task UserAsync(string tenant, string userName, string role, string? fieldCode = null)
    {
        var user = await factory.CreateUserAsync(tenant, userName, role);
        if (fieldCode is not null)
        {
            var field = await factory.FieldIdAsync(tenant, fieldCode);
            await factory.QueryAsync(tenant, db =>
            {
                db.UserFields.Add(new UserFieldAssignment { UserId = user.Id, FieldId = field });
                return db.SaveChangesAsync();
            });
        }
    }

    private Task<PortalClient> AsAsync(string tenant, string userName) => factory.SignedInAsync(tenant, userName, IdentityTestKit.StrongPassword);

    [Fact]
    public async Task TradeUnion_ShouldGoFromSecretaryToTheFieldsViceChairToTheNetworkAdmin()
    {
        const string tenant = "cd-lao-cai";
        await CreateTenantAsync(tenant, "trade-union");
        await UserAsync(tenant, "ctv", BuiltInRoles.Contributor);
        await UserAsync(tenant, "thuky", BuiltInRoles.Secretary);
        await UserAsync(tenant, "phoban.tuyengiao", BuiltInRoles.Deputy, "tuyen-giao-nu-cong");
        await UserAsync(tenant, "phoban.vanphong", BuiltInRoles.Deputy, "van-phong");
        await UserAsync(tenant, "quantrimang", BuiltInRoles.TechnicalAdmin);
        await UserAsync(tenant, "vanthu", BuiltInRoles.Clerk);
        using var ctv = await AsAsync(tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, tenant, "tuyen-giao-nu-cong", ContentAdminKit.Unique("Hội thi nữ công"));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);

        using var secretary = await AsAsync(tenant, "thuky");
        var field = await factory.FieldIdAsync(tenant, "tuyen-giao-nu-cong");
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        using var otherViceChair = await AsAsync(tenant, "phoban.vanphong");
        using var viceChair = await AsAsync(tenant, "phoban.tuyengiao");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherViceChair.StepAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await viceChair.StepAsync(id, "approve")).StatusCode);
        using var clerk = await AsAsync(tenant, "vanthu");
        using var network = await AsAsync(tenant, "quantrimang");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.StepAsync(id, "publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await network.StepAsync(id, "publish")).StatusCode);

        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id, tenant)).Status);
        var toPublish = (await factory.StepsAsync(tenant, id)).Single(s => s.Action == ApprovalActions.Approve);
        Assert.Equal(ApprovalTemplates.ToPublish, toPublish.ToState);
    }

    [Theory]
    [InlineData(ContentTypes.LegalDocument, "cd-yen-bai")]
    [InlineData(ContentTypes.WorkSchedule, "cd-son-la")]
    public async Task TradeUnion_ClerkShouldPublishDirectivesAndTheWeeklySchedule_OnceTheLeadershipApproved(string type, string tenant)
    {
        await CreateTenantAsync(tenant, "trade-union");
        await UserAsync(tenant, "vanthu", BuiltInRoles.Clerk);
        await UserAsync(tenant, "thuky", BuiltInRoles.Secretary);
        await UserAsync(tenant, "chutich", BuiltInRoles.Head);
        await UserAsync(tenant, "phoban.tuyengiao", BuiltInRoles.Deputy, "tuyen-giao-nu-cong");
        await UserAsync(tenant, "quantrimang", BuiltInRoles.TechnicalAdmin);
        using var clerk = await AsAsync(tenant, "vanthu");
        var section = await factory.SectionForAsync(type, tenant);
        var title = ContentAdminKit.Unique(type == ContentTypes.LegalDocument ? "Chỉ thị về tháng công nhân" : "Lịch công tác tuần của Ban Thường vụ");
        var (created, id) = await clerk.CreateAsync(type,
            [("Title", title), ("Summary", "Trích yếu"), ("Body", ""), ("SectionId", section?.ToString() ?? ""), .. ContentTypeSamples.For(type).Parts, ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.ActAsync(id, "submit")).StatusCode);
        Assert.Equal(ApprovalTemplates.Classify, (await factory.InstanceAsync(tenant, id)).State);

        using var secretary = await AsAsync(tenant, "thuky");
        var field = await factory.FieldIdAsync(tenant, "van-phong");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.StepAsync(id, "publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        // Not yet approved by the leadership: the clerk may not publish, and cannot approve either.
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.StepAsync(id, "publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.StepAsync(id, "approve")).StatusCode);
        using var chair = await AsAsync(tenant, "chutich");
        Assert.Equal(HttpStatusCode.Redirect, (await chair.StepAsync(id, "approve")).StatusCode);
        Assert.Contains($"admin/approval/{id}\"", await clerk.GetStringAsync("admin/approval"));
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.StepAsync(id, "publish")).StatusCode);

        var item = await factory.ItemAsync(id, tenant);
        Assert.Equal(ContentStatus.Published, item.Status);
        var steps = await factory.StepsAsync(tenant, id);
        Assert.Equal([ApprovalActions.Submit, ApprovalActions.Classify, ApprovalActions.Approve, ApprovalActions.Publish], steps.Select(s => s.Action));
        Assert.Contains("vanthu", steps[^1].UserName);
        Assert.Contains("chutich", steps[2].UserName);
        using var reader = factory.ClientFor(tenant);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"bai-viet/{item.Slug}")).StatusCode);
    }

    [Fact]
    public async Task EducationOffice_ShouldHaveThePrincipalApproveBeforeTheBoard()
    {
        const string tenant = "pgd-kim-bang";
        await CreateTenantAsync(tenant, "education-office");
        await UserAsync(tenant, "lienhe", BuiltInRoles.Contributor);
        await UserAsync(tenant, "hieutruong", BuiltInRoles.Member, "tieu-hoc");
        await UserAsync(tenant, "thuky", BuiltInRoles.Secretary);
        await UserAsync(tenant, "cntt", BuiltInRoles.TechnicalAdmin);
        using var contact = await AsAsync(tenant, "lienhe");
        var id = await factory.DraftArticleAsync(contact, tenant, "tieu-hoc", ContentAdminKit.Unique("Trường tiểu học tổ chức hội khỏe Phù Đổng"));
        Assert.Equal(HttpStatusCode.Redirect, (await contact.ActAsync(id, "submit")).StatusCode);
        Assert.Equal(ApprovalTemplates.UnitReview, (await factory.InstanceAsync(tenant, id)).State);

        using var board = await AsAsync(tenant, "thuky");
        using var principal = await AsAsync(tenant, "hieutruong");
        using var it = await AsAsync(tenant, "cntt");
        Assert.Equal(HttpStatusCode.Forbidden, (await board.StepAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await principal.StepAsync(id, "approve")).StatusCode);
        Assert.Equal(ApprovalTemplates.Review, (await factory.InstanceAsync(tenant, id)).State);
        Assert.Equal(HttpStatusCode.Redirect, (await board.StepAsync(id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await it.StepAsync(id, "publish")).StatusCode);

        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id, tenant)).Status);
    }
}
