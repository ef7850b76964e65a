using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Web;

namespace Portal.Benchmarks.Tenants;

/// <summary>
/// The portal started inside the benchmark process over a data folder (demo and background jobs off), for
/// preparing farms through the real services and for timing services without HTTP in between.
/// </summary>
public static class InProcessPortal
{
    /// <param name="settings">Configuration over the defaults (the approval farm turns the demo on).</param>
    public static async Task<WebApplication> StartAsync(string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        Directory.CreateDirectory(dataFolder);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Portal:Paths:AppData"] = dataFolder;
        builder.Configuration["Portal:Setup:AdminUserName"] = TenantFarm.OperatorUser;
        builder.Configuration["Portal:Setup:AdminPassword"] = TenantFarm.OperatorPassword;
        builder.Configuration["Portal:Demo:Enabled"] = "false";
        builder.Configuration["Portal:Jobs:Enabled"] = "false";
        foreach (var rule in new[] { "SignInPerAddress", "SignInPerAccount", "SearchPerAddress", "PublicFormPerAddress" })
        {
            builder.Configuration[$"Portal:RateLimits:{rule}:PermitLimit"] = "1000000000";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Configuration[key] = value;
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Any free port: other benchmarks may be running on the same machine.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPortal(PortalModules.All);
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}
