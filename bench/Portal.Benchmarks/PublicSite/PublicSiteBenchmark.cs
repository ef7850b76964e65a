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
        var searches = await WriteSearchScriptAsync();
        var rows = new Dictionary<string, List<Wrk.Result>> { ["article"] = [], ["home"] = [], ["search"] = [], ["search, no result cache"] = [], ["nginx"] = [] };

        using (var portal = PortalProcess.Start(options.RepositoryRoot, data))
        using (var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) })
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
            // The first search of a unit catches its index up with the change log (all 2,000 articles on a new farm).
            using (var first = await client.GetAsync(new Uri(portal.BaseAddress, $"{ContentFarm.Tenant}/tim-kiem?q=ho+tro")))
            {
                first.EnsureSuccessStatusCode();
            }
            for (var run = 0; run < options.Runs; run++)
            {
                rows["article"].Add(await Wrk.RunAsync(portal.BaseAddress.ToString().TrimEnd('/'), script));
                rows["home"].Add(await Wrk.RunAsync(new Uri(portal.BaseAddress, ContentFarm.Tenant + "/").ToString()));
                rows["search"].Add(await Wrk.RunAsync(portal.BaseAddress.ToString().TrimEnd('/'), searches));
            }
        }
        // The same queries with the result cache off: what a reader pays for a query nobody asked since the last change.
        var uncached = new Dictionary<string, string> { ["Portal__Search__ResultCacheMegabytes"] = "0" };
        using (var portal = PortalProcess.Start(options.RepositoryRoot, data, uncached))
        using (var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) })
        {
            await portal.WaitForPageAsync(client, ContentFarm.Tenant + "/tim-kiem?q=ho+tro", TimeSpan.FromSeconds(60));
            for (var run = 0; run < options.Runs; run++)
            {
                rows["search, no result cache"].Add(await Wrk.RunAsync(portal.BaseAddress.ToString().TrimEnd('/'), searches));
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

    /// <summary>
    /// A wrk Lua script that walks through reader queries on the search page (not output-cached: every
    /// request runs the page, and the query unless its result page is cached): two- and three-syllable phrases of the farm's vocabulary, every other one
    /// typed without diacritics as many readers do.
    /// </summary>
    private static Task<string> WriteSearchScriptAsync()
    {
        string[] phrases =
        [
            "hội nghị", "nông thôn mới", "tiêm chủng", "hộ nghèo", "cải cách hành chính", "đoàn thanh niên", "trường tiểu học",
            "cà phê", "hồ tiêu", "bảo vệ môi trường", "đồng bào dân tộc", "nhà đại đoàn kết", "một cửa", "trạm y tế",
            "thu hoạch lúa", "phát triển kinh tế", "năm học mới", "chính sách hỗ trợ", "ủy ban nhân dân", "người dân thôn bản",
        ];
        var queries = phrases.SelectMany(p => new[] { p, ContentFarm.WithoutDiacritics(p) }).Select(Uri.EscapeDataString);
        return WriteRotationAsync("portal-bench-searches.lua", queries.Select(q => $"/{ContentFarm.Tenant}/tim-kiem?q={q}"));
    }

    /// <summary>A wrk Lua script that walks through every article address in turn.</summary>
    private static Task<string> WriteRotationScriptAsync(IReadOnlyList<string> slugs) =>
        WriteRotationAsync("portal-bench-articles.lua", slugs.Select(s => $"/{ContentFarm.Tenant}/bai-viet/{s}"));

    /// <summary>Writes a wrk Lua script to the temp folder that requests <paramref name="addresses"/> in turn, round and round.</summary>
    private static async Task<string> WriteRotationAsync(string fileName, IEnumerable<string> addresses)
    {
        var path = Path.Combine(Path.GetTempPath(), fileName);
        var paths = string.Join(",\n", addresses.Select(a => $"  \"{a}\""));
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
