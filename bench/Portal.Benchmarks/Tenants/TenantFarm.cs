using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;

namespace Portal.Benchmarks.Tenants;

/// <summary>
/// Prepares an App_Data folder holding N unit sites created through the real TenantService
/// (own SQLite file, migrations, template seed), once; later runs reuse it.
/// </summary>
public static class TenantFarm
{
    public const string OperatorUser = "operator";
    public const string OperatorPassword = "Van-Hanh@2026!";
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
        await using var app = await InProcessPortal.StartAsync(dataFolder);

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
