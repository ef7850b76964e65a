using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks.Tenants;

/// <summary>
/// Issue 2's targets with N tenants: process start → first served page (&lt; 3 s), each tenant's first
/// request after start (&lt; 50 ms), and the working set after one request to every tenant (&lt; 600 MB).
/// Each run starts a fresh process over the same data; the report gives medians across runs.
/// </summary>
public static class TenantStartupBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        await TenantFarm.EnsureAsync(options.DataFolder, options.Count);
        var runs = new List<RunResult>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var result = await RunOnceAsync(options);
            runs.Add(result);
            Console.WriteLine($"run {run}: first page {result.FirstPage.TotalMilliseconds:F0} ms; tenant first request p50 {Stats.Median(result.FirstRequestsMs):F1} ms, "
                + $"p95 {Stats.Percentile(result.FirstRequestsMs, 95):F1} ms, p99 {Stats.Percentile(result.FirstRequestsMs, 99):F1} ms, max {result.FirstRequestsMs.Max():F1} ms; "
                + $"warm p50 {Stats.Median(result.WarmRequestsMs):F1} ms; working set {result.WorkingSetMiB:F0} MiB");
        }
        Console.WriteLine();
        Console.WriteLine($"| {options.Count} tenants, {options.Runs} runs (median of runs) | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| Process start → first served page | {Stats.Median(runs.Select(r => r.FirstPage.TotalMilliseconds).ToList()):F0} ms |");
        Console.WriteLine($"| Tenant first request, p50 | {Stats.Median(runs.Select(r => Stats.Median(r.FirstRequestsMs)).ToList()):F1} ms |");
        Console.WriteLine($"| Tenant first request, p95 | {Stats.Median(runs.Select(r => Stats.Percentile(r.FirstRequestsMs, 95)).ToList()):F1} ms |");
        Console.WriteLine($"| Tenant first request, p99 | {Stats.Median(runs.Select(r => Stats.Percentile(r.FirstRequestsMs, 99)).ToList()):F1} ms |");
        Console.WriteLine($"| Same page, second request, p50 | {Stats.Median(runs.Select(r => Stats.Median(r.WarmRequestsMs)).ToList()):F1} ms |");
        Console.WriteLine($"| Working set after one request to each tenant | {Stats.Median(runs.Select(r => r.WorkingSetMiB).ToList()):F0} MiB |");
        return 0;
    }

    private static async Task<RunResult> RunOnceAsync(BenchOptions options)
    {
        using var portal = PortalProcess.Start(options.RepositoryRoot, options.DataFolder);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        // The first page served is a unit's public home page: tenant resolution, its database, the theme.
        var firstPage = await portal.WaitForPageAsync(client, TenantFarm.TenantName(1) + "/", TimeSpan.FromSeconds(60));

        var first = new List<double>(options.Count);
        for (var i = 2; i <= options.Count; i++)
        {
            first.Add(await TimeGetAsync(client, portal.BaseAddress, TenantFarm.TenantName(i) + "/"));
        }
        var warm = new List<double>();
        for (var i = 1; i <= options.Count; i += Math.Max(1, options.Count / 100))
        {
            warm.Add(await TimeGetAsync(client, portal.BaseAddress, TenantFarm.TenantName(i) + "/"));
        }
        return new RunResult(firstPage, first, warm, portal.WorkingSetMiB());
    }

    private static async Task<double> TimeGetAsync(HttpClient client, Uri baseAddress, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(baseAddress, path));
        await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        }
        return clock.Elapsed.TotalMilliseconds;
    }

    private sealed record RunResult(TimeSpan FirstPage, List<double> FirstRequestsMs, List<double> WarmRequestsMs, double WorkingSetMiB);
}
