using Editorial.Approval.Definitions;
using Editorial.Approval.Services;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Core.Tenancy.Templates;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// Parsed flow definitions are kept for the process; a tenant deleted, purged and created again under the same name
/// has a new database whose version 1 may be a different flow, and must be served that one.
/// </summary>
[Collection(ApprovalCollection.Name)]
public sealed class RecreatedTenantDefinitionTests(PortalFactory factory)
{
    private const string Name = "duyet-tao-lai";

    private async Task CreateAsync(string template)
    {
        using var scope = factory.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenantRequest
        {
            Name = Name, DisplayName = "Đơn vị tạo lại để kiểm tra quy trình", UrlPrefix = Name, Template = template,
        });
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
    }

    /// <summary>The current version and its steps' codes, as a readable line.</summary>
    private async Task<(int Version, string States)> CurrentFlowAsync()
    {
        using var scope = factory.TenantScope(Name);
        var (version, flow) = await scope.ServiceProvider.GetRequiredService<DefinitionStore>().CurrentAsync(CancellationToken.None);
        return (version, Codes(flow));
    }

    private static string Codes(ApprovalDefinition flow) => string.Join(" ", flow.States.Select(s => s.Code));

    [Fact]
    public async Task TenantCreatedAgainUnderTheSameName_ShouldGetItsOwnFlow_NotTheOldTenantsCachedOne()
    {
        var (commune, school) = (Codes(ApprovalTemplates.Commune()), Codes(ApprovalTemplates.For(TenantTemplates.School)));
        Assert.NotEqual(commune, school);
        await CreateAsync(TenantTemplates.Commune);
        Assert.Equal((1, commune), await CurrentFlowAsync());

        using (var scope = factory.Services.CreateScope())
        {
            var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
            Assert.True((await tenants.DeleteAsync(Name, Name)).Succeeded);
            Assert.True((await tenants.PurgeAsync(Name)).Succeeded);
        }
        await CreateAsync(TenantTemplates.School);

        Assert.Equal((1, school), await CurrentFlowAsync());
    }
}
