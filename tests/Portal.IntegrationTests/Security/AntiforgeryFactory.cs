using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Security;

/// <summary>The portal with <see cref="GuestbookModule"/>, whose minimal-API endpoints join the antiforgery sweep.</summary>
public sealed class AntiforgeryFactory : PortalFactory
{
    public AntiforgeryFactory() => AdditionalModules.Add(new GuestbookModule());

    public string TenantDatabase(string tenant) => Path.Combine(AppData, "tenants", tenant, "portal.db");

    public string HostDatabase => Path.Combine(AppData, "host.db");

    /// <summary>The operator, signed in on the host tenant (the units' screens live there).</summary>
    public async Task<PortalClient> OperatorAsync()
    {
        var client = ClientFor(null);
        var response = await client.LoginAsync(OperatorUser, OperatorPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
