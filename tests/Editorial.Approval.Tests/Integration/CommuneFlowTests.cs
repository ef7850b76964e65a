using System.Net;
using Editorial.Approval.Definitions;
using Portal.Abstractions.Content;

namespace Editorial.Approval.Tests.Integration;

/// <summary>The commune's default flow (seed 000) with the demo board's real roles and fields.</summary>
[Collection(ApprovalCollection.Name)]
public sealed class CommuneFlowTests(PortalFactory factory)
{
    private const string Tenant = ApprovalKit.Commune;

    [Fact]
    public async Task DefaultFlow_ShouldGoFromContributorToOfficeToFieldMemberToTechnicalAdmin()
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, "giao-duc", ContentAdminKit.Unique("Khai giảng năm học mới"));

        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        Assert.Equal(ApprovalTemplates.Classify, (await factory.InstanceAsync(Tenant, id)).State);

        using var office = await factory.AsAsync(Tenant, "thuky");
        var field = await factory.FieldIdAsync(Tenant, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        Assert.Equal(ApprovalTemplates.Review, (await factory.InstanceAsync(Tenant, id)).State);

        using var member = await factory.AsAsync(Tenant, "thanhvien");
        var inbox = await member.GetStringAsync("admin/approval");
        Assert.Contains($"admin/approval/{id}\"", inbox);
        Assert.Contains("data-testid=\"menu-count\"", inbox);
        Assert.Contains("chờ bạn xử lý ở bước", inbox);
        Assert.Equal(HttpStatusCode.Redirect, (await member.StepAsync(id, "approve")).StatusCode);
        Assert.Equal(ContentStatus.Approved, (await factory.ItemAsync(id)).Status);

        using var technical = await factory.AsAsync(Tenant, "kythuat");
        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish")).StatusCode);

        var item = await factory.ItemAsync(id);
        Assert.Equal(ContentStatus.Published, item.Status);
        Assert.NotNull(item.PublishedVersion);
        var steps = await factory.StepsAsync(Tenant, id);
        Assert.Equal([ApprovalActions.Submit, ApprovalActions.Classify, ApprovalActions.Approve, ApprovalActions.Publish], steps.Select(s => s.Action));
        var audit = await factory.AuditAsync(Tenant, $"Article #{id}");
        Assert.Contains(audit, a => a.Category == "Approval" && a.Action == ApprovalActions.Approve && a.UserName == "thanhvien");
    }
}
