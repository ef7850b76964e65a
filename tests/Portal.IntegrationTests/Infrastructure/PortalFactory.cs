using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;

namespace Portal.IntegrationTests.Infrastructure;

/// <summary>
/// Boots the real host on real SQLite files in a private temporary App_Data, with the demo tenants
/// (xa-dak-plo, th-muong-muon) seeded. The job runner is off: tests drive it explicitly.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string OperatorUser = "operator";
    public const string OperatorPassword = "Operator@2026!";
    public const string DemoPassword = "Demo@2026!";

    public string AppData { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:Paths:AppData", AppData);
        builder.UseSetting("Portal:Setup:AdminUserName", OperatorUser);
        builder.UseSetting("Portal:Setup:AdminPassword", OperatorPassword);
        builder.UseSetting("Portal:Demo:Enabled", "true");
        builder.UseSetting("Portal:Demo:Password", DemoPassword);
        builder.UseSetting("Portal:Jobs:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>A cookie-keeping client whose base address is the tenant's prefix (or the host root).</summary>
    public PortalClient ClientFor(string? tenantPrefix, string host = "localhost") =>
        new(CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{host}/{(tenantPrefix is null ? "" : tenantPrefix + "/")}"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));

    public TenantDescriptor Tenant(string name) => Services.GetRequiredService<TenantRegistry>().Find(name)!;

    /// <summary>A DI scope bound to a tenant, to look at its database directly.</summary>
    public IServiceScope TenantScope(string name) => Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(Tenant(name));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp folder is cleaned by the OS.
        }
    }
}
