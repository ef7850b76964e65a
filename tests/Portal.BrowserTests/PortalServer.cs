using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.BrowserTests;

/// <summary>
/// The real host on Kestrel (a browser needs a real socket) over a private App_Data with the demo tenants.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Thu-Nghiem@2026";

    private readonly string _appData = Path.Combine(Path.GetTempPath(), "portal-browser-tests", Guid.NewGuid().ToString("N"));

    public PortalServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        RootUri = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri RootUri { get; }

    public string Url(string path) => new Uri(RootUri, path).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:Paths:AppData", _appData);
        builder.UseSetting("Portal:Setup:AdminUserName", "operator");
        builder.UseSetting("Portal:Setup:AdminPassword", "Van-Hanh@2026!");
        builder.UseSetting("Portal:Demo:Enabled", "true");
        builder.UseSetting("Portal:Demo:Password", DemoPassword);
        builder.UseSetting("Portal:Jobs:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Browser tests sign in often from one address; the limits are tested by the integration tests.
        foreach (var rule in new[] { "SignInPerAddress", "SignInPerAccount", "SearchPerAddress", "PublicFormPerAddress" })
        {
            builder.UseSetting($"Portal:RateLimits:{rule}:PermitLimit", "1000000");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_appData, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleaning.
        }
    }
}
