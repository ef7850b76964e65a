using Microsoft.AspNetCore.Hosting;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenancy;
using Portal.Web;

namespace Portal.Benchmarks.Tenants;

/// <summary>
/// Prepares an App_Data folder holding N unit sites created through the real TenantService
/// (own SQLite file, migrations, template seed), once; later runs reuse it.
/// </summary>
public static class TenantFarm
{
    public const string OperatorUser = "operator";
    public const string OperatorPassword = "Operator@2026!";
    private static readonly string[] Templates = ["commune", "school", "education-office", "trade-union"];

    public static string TenantName(int index) => $"dv-{index:D4}";

    public static async Task EnsureAsync(string dataFolder, int count)
    {
        var marker = Path.Combine(dataFolder, $"farm-{count}.done");
        if (File.Exists(marker))
        {
            Console.WriteLine($"Reusing {count} tenants in {dataFolder}");
            return;
        }
        Directory.CreateDirectory(dataFolder);
        var builder = WebApplication.CreateBuilder();
        // Any free port: a portal or another farm may be listening on 5000.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Portal:Paths:AppData"] = dataFolder;
        builder.Configuration["Portal:Setup:AdminUserName"] = OperatorUser;
        builder.Configuration["Portal:Setup:AdminPassword"] = OperatorPassword;
        builder.Configuration["Portal:Demo:Enabled"] = "false";
        builder.Configuration["Portal:Jobs:Enabled"] = "false";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPortal(PortalModules.All);
        await using var app = builder.Build();
        await app.StartAsync();

        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= count; i++)
        {
            var name = TenantName(i);
            if (registry.Find(name) is not null)
            {
                continue;
            }
            using var scope = app.Services.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenantRequest
            {
                Name = name,
                DisplayName = $"Đơn vị số {i}",
                UrlPrefix = name,
                Template = Templates[i % Templates.Length],
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{name}: {string.Join("; ", result.Errors)}");
            }
            if (i % 100 == 0)
            {
                Console.WriteLine($"  {i} tenants created ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        }
        await app.StopAsync();
        await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O"));
        Console.WriteLine($"Created {count} tenants in {clock.Elapsed.TotalSeconds:F0} s");
    }
}
