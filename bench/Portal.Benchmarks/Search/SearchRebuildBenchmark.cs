using Microsoft.AspNetCore.Hosting;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Benchmarks.PublicSite;
using Portal.Benchmarks.Tenants;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Search.Indexing;
using Portal.Web;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The real indexer's path: a rebuild of the public-site benchmark's commune (articles written through
/// ContentService), reading every item from SQLite and indexing both its documents.
/// </summary>
public static class SearchRebuildBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        await ContentFarm.EnsureAsync(options.DataFolder, options.Count);
        var builder = WebApplication.CreateBuilder();
        // Any free port: a portal or another farm may be listening on 5000.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Portal:Paths:AppData"] = options.DataFolder;
        builder.Configuration["Portal:Setup:AdminUserName"] = TenantFarm.OperatorUser;
        builder.Configuration["Portal:Setup:AdminPassword"] = TenantFarm.OperatorPassword;
        builder.Configuration["Portal:Demo:Enabled"] = "false";
        builder.Configuration["Portal:Jobs:Enabled"] = "false";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPortal(PortalModules.All);
        await using var app = builder.Build();
        await app.StartAsync();
        var tenant = app.Services.GetRequiredService<TenantRegistry>().Find(ContentFarm.Tenant)!;
        await app.Services.GetRequiredService<TenantMigrator>().EnsureCurrentAsync(tenant);
        var timings = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            using var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenant);
            var clock = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync();
            timings.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"Rebuild {run + 1}: {options.Count:N0} articles in {clock.Elapsed.TotalSeconds:N1} s: {options.Count / clock.Elapsed.TotalSeconds:N0} items/s");
        }
        Console.WriteLine($"Median: {options.Count / Stats.Median(timings):N0} items/s (two documents each: published and latest)");
        await app.StopAsync();
        return 0;
    }
}
