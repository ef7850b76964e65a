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
        var missScript = await WriteRotationScriptAsync(slugs, "portal-bench-articles-miss.lua", unique: true);
        var authScript = await WriteRotationScriptAsync(slugs, "portal-bench-articles-auth.lua", header: "Authorization: Bearer bench");
        Wrk.Duration = (int)options.Number("--duration", 10);
        // --rows picks rows (comma-separated names below); all by default.
        var wanted = options.Value("--rows", "article,home,miss,auth,one,search,nocache,nginx").Split(',').ToHashSet();
        var rows = new Dictionary<string, List<Wrk.Result>>();
        var base16 = new[]
        {
            ("article", "article", (string?)script),
            ("home", "home", null),
            ("article, cache miss (unique query string)", "miss", missScript),
            ("article, not cacheable (Authorization header)", "auth", authScript),
        };

        // Pages vary only by the query keys they read; the cache-miss row's "v" is made one of them (older builds ignore it).
        var settings = new Dictionary<string, string>(options.Settings()) { ["Portal__OutputCache__ExtraQueryKeys__0"] = "v" };
        using (var portal = PortalProcess.Start(options.RepositoryRoot, data, settings))
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
            var root = portal.BaseAddress.ToString().TrimEnd('/');
            for (var run = 0; run < options.Runs; run++)
            {
                foreach (var (name, key, lua) in base16.Where(r => wanted.Contains(r.Item2)))
                {
                    var url = key == "home" ? new Uri(portal.BaseAddress, ContentFarm.Tenant + "/").ToString() : root;
                    Add(rows, name, await Wrk.RunAsync(url, lua));
                }
                if (wanted.Contains("one"))
                {
                    Add(rows, "article, cache miss, one connection", await Wrk.RunAsync(Wrk.OneConnection, root, missScript));
                }
                if (wanted.Contains("search"))
                {
                    Add(rows, "search", await Wrk.RunAsync(root, searches));
                }
            }
        }
        // The same queries with the result cache off: what a reader pays for a query nobody asked since the last change.
        if (wanted.Contains("nocache"))
        {
            var uncached = new Dictionary<string, string>(options.Settings()) { ["Portal__Search__ResultCacheMegabytes"] = "0" };
            using var portal = PortalProcess.Start(options.RepositoryRoot, data, uncached);
            using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
            await portal.WaitForPageAsync(client, ContentFarm.Tenant + "/tim-kiem?q=ho+tro", TimeSpan.FromSeconds(60));
            for (var run = 0; run < options.Runs; run++)
            {
                Add(rows, "search, no result cache", await Wrk.RunAsync(portal.BaseAddress.ToString().TrimEnd('/'), searches));
            }
        }
        if (wanted.Contains("nginx"))
        {
            using var nginx = await Nginx.StartAsync(18089);
            for (var run = 0; run < options.Runs; run++)
            {
                Add(rows, "nginx", await Wrk.RunAsync(nginx.Url));
            }
        }

        var ceiling = rows.TryGetValue("nginx", out var nginxRuns) ? Stats.Median(nginxRuns.Select(r => r.RequestsPerSecond).ToList()) : double.NaN;
        Console.WriteLine();
        Console.WriteLine($"| wrk {Wrk.Arguments} (one connection: {Wrk.OneConnection}), {options.Articles()} articles, median of {options.Runs} runs | requests/s | p50 | p99 | of nginx | runs (requests/s) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, results) in rows)
        {
            var rps = Stats.Median(results.Select(r => r.RequestsPerSecond).ToList());
            Console.WriteLine($"| {name} | {rps:N0} | {Stats.Median(results.Select(r => r.P50Ms).ToList()):F2} ms | {Stats.Median(results.Select(r => r.P99Ms).ToList()):F2} ms | {rps / ceiling:P1} | {string.Join(" / ", results.Select(r => r.RequestsPerSecond.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} |"
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

    private static void Add(Dictionary<string, List<Wrk.Result>> rows, string name, Wrk.Result result)
    {
        if (!rows.TryGetValue(name, out var list))
        {
            rows[name] = list = [];
        }
        list.Add(result);
        Console.WriteLine($"  {name}: {result.RequestsPerSecond:N0} requests/s, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms");
    }

    /// <summary>
    /// A wrk Lua script that walks through every article address in turn; <paramref name="unique"/> adds a query string
    /// no request used before (a cache miss every time), <paramref name="header"/> a request header.
    /// </summary>
    private static Task<string> WriteRotationScriptAsync(IReadOnlyList<string> slugs, string fileName = "portal-bench-articles.lua", bool unique = false, string? header = null) =>
        WriteRotationAsync(fileName, slugs.Select(s => $"/{ContentFarm.Tenant}/bai-viet/{s}"), unique, header);

    /// <summary>Writes a wrk Lua script to the temp folder that requests <paramref name="addresses"/> in turn, round and round.</summary>
    private static async Task<string> WriteRotationAsync(string fileName, IEnumerable<string> addresses, bool unique = false, string? header = null)
    {
        var path = Path.Combine(Path.GetTempPath(), fileName);
        var paths = string.Join(",\n", addresses.Select(a => $"  \"{a}\""));
        var headers = header is null ? "nil" : $"{{ [\"{header.Split(':', 2)[0]}\"] = \"{header.Split(':', 2)[1].Trim()}\" }}";
        // Each wrk thread has its own Lua state: its id (from setup) and the start time keep query strings apart across threads and runs.
        var address = unique ? "paths[(i % #paths) + 1] .. \"?v=\" .. started .. \"-\" .. id .. \"-\" .. i" : "paths[(i % #paths) + 1]";
        await File.WriteAllTextAsync(path, $$"""
            local paths = {
            {{paths}}
            }
            local headers = {{headers}}
            local i = 0
            local started = os.time()
            local threads = 0
            setup = function(thread)
              threads = threads + 1
              thread:set("id", threads)
            end
            request = function()
              i = i + 1
              return wrk.format("GET", {{address}}, headers)
            end
            """);
        return path;
    }
}
