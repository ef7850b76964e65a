using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmarks.Tenants;
using Portal.Core.Tenancy;
using Portal.Search;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The operator's search over N units of 200 articles (issue 4: under 300 ms at 1,000 units) on the host index
/// (ADR 0013): how long the first build from the units' databases takes, how fast the corpus articles go in,
/// warm latency over the search benchmark's queries, and the process's memory afterwards.
/// </summary>
public static class HostSearchBenchmark
{
    private const int ArticlesPerTenant = 200;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await HostSearchFarm.EnsureAsync(options.DataFolder, options.Count, ArticlesPerTenant);
        var clock = Stopwatch.StartNew();
        await using var app = await InProcessPortal.StartAsync(options.DataFolder);
        var index = app.Services.GetRequiredService<HostIndex>();
        var indexer = app.Services.GetRequiredService<HostIndexer>();
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var search = app.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<HostSearch>();

        // The first sweep starts with the host: every unit never indexed is read whole from its database.
        await indexer.WhenIdleAsync();
        var sweep = clock.Elapsed.TotalSeconds;
        // A new host index builds every unit; an existing one resumes from its cursors (a restart).
        Console.WriteLine(Invariant($"First sweep after start, from the units' databases: {sweep:N1} s, {indexer.WholeUnitIndexes:N0} units indexed whole, {indexer.ItemsIndexed:N0} items ({indexer.ItemsIndexed / sweep:N0} items/s); {index.DocumentCount:N0} documents in the host index"));

        await FillCorpusAsync(index, registry, options.Count);
        // What every HostIndexSweepInterval costs when nothing changed: each unit's log read past its cursor.
        clock.Restart();
        await indexer.SweepAsync();
        Console.WriteLine(Invariant($"A sweep with nothing to index: {clock.Elapsed.TotalSeconds:N1} s for {registry.All.Count(t => !t.IsHost):N0} units"));
        // The search benchmark's queries: each host search scores every unit's matches.
        var queries = SearchCorpus.Queries(50);
        Console.WriteLine($"Working set before the searches: {WorkingSetMiB():N0} MiB ({ResidentKinds()})");
        foreach (var q in queries.Take(5))
        {
            search.Search(q);
        }
        Measure("Host search, page of 20 units × 3 hits with snippets", queries, options.Runs, q => search.Search(q));
        Measure("Host search, page 2", queries.Take(20).ToList(), 1, q => search.Search(q, 2));
        Console.WriteLine(Invariant($"After the searches: working set {WorkingSetMiB():N0} MiB ({ResidentKinds()}), GC heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:N0} MiB; host index on disk {FolderMiB(index.Folder):N0} MiB"));
        await app.StopAsync();
        return 0;
    }

    /// <summary>
    /// The corpus articles exist only as index documents (as in <see cref="HostSearchFarm"/>, writing 200,000
    /// articles through ContentService would take hours), so they go into the host index directly, once per data
    /// folder: the units' cursors are kept, so later sweeps do not drop them.
    /// </summary>
    private static async Task FillCorpusAsync(HostIndex index, TenantRegistry registry, int tenants)
    {
        var expected = tenants * ArticlesPerTenant;
        if (index.DocumentCount >= expected)
        {
            Console.WriteLine($"Reusing the {index.DocumentCount:N0} documents of the host index");
            return;
        }
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= tenants; i++)
        {
            var unit = registry.Find(TenantFarm.TenantName(i)) ?? throw new InvalidOperationException($"{TenantFarm.TenantName(i)} is missing");
            index.Add(unit.Name, Enumerable.Range(1, ArticlesPerTenant).Select(j => SearchCorpus.Article(i * 1000 + j)));
            if (i % 100 == 0)
            {
                index.Commit();
            }
        }
        index.Commit();
        await Task.Yield();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(Invariant($"Corpus articles into the host index: {expected:N0} documents in {seconds:N1} s ({expected / seconds:N0} documents/s, one commit per 100 units); {index.DocumentCount:N0} documents in all"));
    }

    private static void Measure(string label, IReadOnlyList<string> queries, int runs, Func<string, HostSearchResults> run)
    {
        var timings = new List<double>();
        var cpu = new List<double>();
        var units = 0L;
        var searched = 0;
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            foreach (var q in queries)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var results = run(q);
                timings.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
                units += results.UnitsWithHits;
                searched = results.UnitsSearched;
            }
        }
        // CPU time of the whole process (GC included) tells the query's cost apart from waiting for a core on a loaded machine.
        Console.WriteLine(Invariant($"{label}: {timings.Count} queries over {searched:N0} units, median {Stats.Median(timings):N1} ms, p95 {Stats.Percentile(timings, 95):N1} ms, p99 {Stats.Percentile(timings, 99):N1} ms, max {timings.Max():N0} ms; CPU time median {Stats.Median(cpu):N1} ms, p95 {Stats.Percentile(cpu, 95):N1} ms; mean units with hits {units / timings.Count:N0}"));
    }

    private static double WorkingSetMiB()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    /// <summary>
    /// The working set split as Linux counts it: anonymous memory (heaps, native caches) and file pages (the
    /// index files Lucene maps into memory, which the kernel can drop and read again).
    /// </summary>
    private static string ResidentKinds()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return "split not available";
        }
        var lines = File.ReadAllLines(status).Where(l => l.StartsWith("RssAnon:", StringComparison.Ordinal) || l.StartsWith("RssFile:", StringComparison.Ordinal))
            .Select(l => l.Split(':', 2)).Select(p => $"{p[0]} {double.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024:N0} MiB");
        return string.Join(", ", lines);
    }

    private static double FolderMiB(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1024.0 / 1024.0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
