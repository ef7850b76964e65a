using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Jobs;
using Portal.Core.Tenancy;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Operations;

/// <summary>Direct reads of the host job table, to check what the admin pages did (or did not) change.</summary>
public static class OperationsData
{
    public const string Admin = "quantri";

    public static async Task<JobRecord> JobAsync(this PortalFactory factory, string tenant, string name)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.TenantName == tenant && j.Name == name);
    }

    public static async Task<JobRecord> JobAsync(this PortalFactory factory, long id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    public static async Task<PortalClient> AdminClientAsync(this PortalFactory factory, string tenant)
    {
        var client = factory.ClientFor(tenant);
        var login = await client.LoginAsync(Admin, PortalFactory.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }
}
