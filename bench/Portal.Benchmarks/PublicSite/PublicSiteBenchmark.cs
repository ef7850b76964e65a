using System.Net;
using Portal.Benchmarks.Tenants;

namespace Portal.Benchmarks.PublicSite;

/// <summary>
/// Issue 3's targets: with N published articles, anonymous article pages (rotating over all N) and the
/// home page under wrk -t2 -c16, against nginx serving a 30 KB file with the same command.
/// </summary>
public static class PublicSiteBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var data = options.DataFolder.Replace("-tenants", "-articles", StringComparison.Ordinal);
        var slugs = await ContentFarm.EnsureAsync(data, options.Count);
        var script = await WriteRotationScriptAsync(slugs);
        var rows = new Dictionary<string, List<Wrk.Result>> { ["article"] = [], ["home"] = [], ["nginx"] = [] };

        using (var portal = PortalProcess.Start(options.RepositoryRoot, data))
        using (var client = new HttpClient())
        {
            await portal.WaitForPageAsync(client, ContentFarm.Tenant + "/", TimeSpan.FromSeconds(60));
            // Readers have been here before: every article page rendered once.
            foreach (var slug in slugs)
            {
                using var response = await client.GetAsync(new Uri(portal.BaseAddress, $"{ContentFarm.Tenant}/bai-viet/{slug}"));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{slug} answered {(int)response.StatusCode}");
                }
            }
            for (var run = 0; run < options.Runs; run++)
            {
                rows["article"].Add(await Wrk.RunAsync(portal.BaseAddress.ToString().TrimEnd('/'), script));
                rows["home"].Add(await Wrk.RunAsync(new Uri(portal.BaseAddress, ContentFarm.Tenant + "/").ToString()));
            }
        }
        using (var nginx = await Nginx.StartAsync(18089))
        {
            for (var run = 0; run < options.Runs; run++)
            {
                rows["nginx"].Add(await Wrk.RunAsync(nginx.Url));
            }
        }

        var ceiling = Stats.Median(rows["nginx"].Select(r => r.RequestsPerSecond).ToList());
        Console.WriteLine();
        Console.WriteLine($"| wrk {Wrk.Arguments}, {options.Articles()} articles, median of {options.Runs} runs | requests/s | p50 | p99 | of nginx |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, results) in rows)
        {
            var rps = Stats.Median(results.Select(r => r.RequestsPerSecond).ToList());
            Console.WriteLine($"| {name} | {rps:N0} | {Stats.Median(results.Select(r => r.P50Ms).ToList()):F2} ms | {Stats.Median(results.Select(r => r.P99Ms).ToList()):F2} ms | {rps / ceiling:P1} |"
                + (results.Any(r => r.Non2xx > 0) ? $" ({results.Sum(r => r.Non2xx)} non-2xx!)" : ""));
        }
        return 0;
    }

    private static int Articles(this BenchOptions options) => options.Count;

    /// <summary>A wrk Lua script that walks through every article address in turn.</summary>
    private static async Task<string> WriteRotationScriptAsync(IReadOnlyList<string> slugs)
    {
        var path = Path.Combine(Path.GetTempPath(), "portal-bench-articles.lua");
        var paths = string.Join(",\n", slugs.Select(s => $"  \"/{ContentFarm.Tenant}/bai-viet/{s}\""));
        await File.WriteAllTextAsync(path, $$"""
            local paths = {
            {{paths}}
            }
            local i = 0
            request = function()
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end
            """);
        return path;
    }
}
