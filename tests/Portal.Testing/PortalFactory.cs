using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Tenancy;
using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Testing;

/// <summary>
/// Boots the real host on real SQLite files in a private temporary App_Data, with the demo tenants
/// (xa-dak-plo, th-muong-muon) seeded. The job runner is off: tests drive it explicitly.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string OperatorUser = "operator";
    public const string OperatorPassword = "Van-Hanh@2026!";
    public const string DemoPassword = "Thu-Nghiem@2026";

    /// <summary>
    /// The private App_Data, fresh by default and deleted on dispose. Set it (object initializer) to
    /// the folder of an earlier, disposed factory to boot over the same data, as after a restart;
    /// set <see cref="KeepAppData"/> on that earlier factory so its dispose leaves the folder.
    /// </summary>
    public string AppData { get; init; } = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Leaves App_Data in place on dispose, for a later factory to reuse.</summary>
    public bool KeepAppData { get; set; }

    /// <summary>The host's environment: Development by default; "Production" turns on the exception handler.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Modules added to the host's own list (through <see cref="ModuleRegistrationExtensions.AddPortalModule"/>); set before first use.</summary>
    public IList<ModuleStartup> AdditionalModules { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            foreach (var module in AdditionalModules)
            {
                services.AddPortalModule(module);
            }
        });
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Portal:Paths:AppData", AppData);
        builder.UseSetting("Portal:Setup:AdminUserName", OperatorUser);
        builder.UseSetting("Portal:Setup:AdminPassword", OperatorPassword);
        builder.UseSetting("Portal:Demo:Enabled", "true");
        builder.UseSetting("Portal:Demo:Password", DemoPassword);
        builder.UseSetting("Portal:Jobs:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // A search waits for its unit's catch-up only so long (5 s by default); on a loaded CI machine a catch-up that reads
        // attachments in the file worker takes longer, and the tests mean "a search after a change finds it".
        builder.UseSetting("Portal:Search:SearchWait", "00:01:00");
        // The tests sign in hundreds of times from one address; the limits have their own tests (Security/RateLimitTests).
        foreach (var rule in RateLimitRules)
        {
            builder.UseSetting($"Portal:RateLimits:{rule}:PermitLimit", "1000000");
        }
    }

    /// <summary>The rules of <c>Portal:RateLimits</c> (PortalRateLimitOptions).</summary>
    public static readonly string[] RateLimitRules = ["SignInPerAddress", "SignInPerAccount", "SearchPerAddress", "PublicFormPerAddress"];

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
        if (KeepAppData)
        {
            return;
        }
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
