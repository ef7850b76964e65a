using System.Net;
using Editorial.Approval.Definitions;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;

namespace Editorial.Approval.Tests.Integration;

/// <summary>Uses its own host: it switches the approval module off and on again for the commune.</summary>
public sealed class ModuleSwitchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tenant = ApprovalKit.Commune;

    private async Task SwitchAsync(bool enabled)
    {
        using var admin = await factory.AsAsync(Tenant, "quantri");
        var response = await admin.PostFormAsync("admin/modules", enabled ? "admin/modules/enable" : "admin/modules/disable", ("moduleId", Editorial.Approval.Startup.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SimpleTransitions_ShouldApplyWhileTheModuleIsOff_AndTheFlowAgainOnceItIsBack()
    {
        await SwitchAsync(false);
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        using var technical = await factory.AsAsync(Tenant, "kythuat");
        var plain = await factory.DraftArticleAsync(ctv, Tenant, "giao-duc", ContentAdminKit.Unique("Tin khi tắt quy trình"));

        var submitted = await ctv.ActAsync(plain, "submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"admin/content/{plain}", submitted.Headers.Location!.OriginalString.TrimStart('/').Split("xa-dak-plo/")[^1]);
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(plain)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await technical.ActAsync(plain, "publish")).StatusCode);
        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(plain)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await technical.GetAsync("admin/approval")).StatusCode);
        Assert.Equal(0, await factory.ApprovalAsync(Tenant, db => db.Instances.CountAsync(i => i.ContentItemId == plain)));

        await SwitchAsync(true);
        var routed = await factory.DraftArticleAsync(ctv, Tenant, "giao-duc", ContentAdminKit.Unique("Tin khi bật lại quy trình"));

        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(routed, "submit")).StatusCode);
        Assert.Equal(ApprovalTemplates.Classify, (await factory.InstanceAsync(Tenant, routed)).State);
        Assert.Equal(HttpStatusCode.BadRequest, (await technical.ActAsync(routed, "publish")).StatusCode);
    }

    [Fact]
    public async Task Enabling_ShouldMigrateAndSeedAnExistingTenant_ThatNeverHadTheModule()
    {
        const string tenant = "xa-cu";
        using var host = await new TenantAdminDriver(factory).OperatorAsync();
        await new TenantAdminDriver(factory).CreateAsync(host, TenantAdminDriver.ValidForm(tenant, "commune"));
        using var admin = await factory.SignedInAsync(tenant, "quantri", TenantAdminDriver.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/modules", "admin/modules/disable", ("moduleId", Editorial.Approval.Startup.Id))).StatusCode);
        // As if the unit had been created before the module existed: none of its tables, no migration history.
        await factory.QueryAsync(tenant, async db =>
        {
            await db.Database.ExecuteSqlRawAsync(
                "DROP TABLE WorkflowDefinitions; DROP TABLE WorkflowInstances; DROP TABLE WorkflowSteps; " +
                "DROP TABLE WorkflowDelegations; DROP TABLE WorkflowNotices; DROP TABLE __Migrations_Editorial_Approval;");
            return 0;
        });

        var enabled = await admin.PostFormAsync("admin/modules", "admin/modules/enable", ("moduleId", Editorial.Approval.Startup.Id));
        var author = await factory.CreateUserAsync(tenant, "ctv", Portal.Abstractions.Security.BuiltInRoles.Contributor);
        using var ctv = await factory.SignedInAsync(tenant, "ctv", IdentityTestKit.StrongPassword);
        var id = await factory.DraftArticleAsync(ctv, tenant, "giao-duc", ContentAdminKit.Unique("Tin của đơn vị cũ"));

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(1, await factory.ApprovalAsync(tenant, db => db.Definitions.CountAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        Assert.Equal(ApprovalTemplates.Classify, (await factory.InstanceAsync(tenant, id)).State);
        Assert.Equal(author.Id, (await factory.InstanceAsync(tenant, id)).AuthorId);
    }
}
