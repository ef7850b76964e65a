using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Benchmarks.Tenants;
using Portal.Core.Tenancy;
using Portal.Search;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The operator's search over N units of 200 articles (issue 4: under 300 ms at 1,000 units): the first
/// query after start (every index opened), the same after closing them as idle, warm latency over the search
/// benchmark's queries, the working set, and for comparison the same queries run unit by unit.
/// </summary>
public static class HostSearchBenchmark
{
    private const int ArticlesPerTenant = 200;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await HostSearchFarm.EnsureAsync(options.DataFolder, options.Count, ArticlesPerTenant);
        await using var app = await InProcessPortal.StartAsync(options.DataFolder);
        var indexes = app.Services.GetRequiredService<SearchIndexes>();
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var search = app.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<HostSearch>();
        // The first 50 of the search benchmark's 200 queries: each host search scores every unit's matches.
        var queries = SearchCorpus.Queries(50);
        Console.WriteLine($"Working set before the first search: {WorkingSetMiB():N0} MiB");

        var cold = Time(() => search.Search(queries[0]), out var first);
        Console.WriteLine(Invariant($"Cold first query (opens {first.UnitsSearched} indexes): {cold:N0} ms; {first.UnitsWithHits} units with hits"));
        var reopen = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            indexes.CloseIdle(TimeSpan.Zero);
            reopen.Add(Time(() => search.Search(queries[1 + i]), out _));
        }
        Console.WriteLine(Invariant($"First query after closing every index as idle (reopens them): median {Stats.Median(reopen):N0} ms ({string.Join(" / ", reopen.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))})"));

        foreach (var q in queries.Take(5))
        {
            search.Search(q);
        }
        Measure("Host search, page of 20 units × 3 hits with snippets", queries, options.Runs, q => search.Search(q));
        Console.WriteLine($"Working set after the searches, every index open: {WorkingSetMiB():N0} MiB");

        var sequential = new HostSearch(indexes, registry, Options.Create(new SearchOptions { HostSearchParallelism = 1 }), NullLogger<HostSearch>.Instance);
        Measure("Same, one thread (HostSearchParallelism = 1)", queries.Take(20).ToList(), 1, q => sequential.Search(q));
        var units = registry.All.Where(t => t is { Status: TenantStatus.Active, IsHost: false }).Select(t => t.Name).ToList();
        Measure("For comparison, each unit's index searched in turn (3 hits with snippets per unit)", queries.Take(10).ToList(), 1, q => UnitByUnit(indexes, units, q));
        await app.StopAsync();
        return 0;
    }

    private static void Measure(string label, IReadOnlyList<string> queries, int runs, Func<string, HostSearchResults> run)
    {
        var timings = new List<double>();
        var cpu = new List<double>();
        var units = 0L;
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            foreach (var q in queries)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                timings.Add(Time(() => run(q), out var results));
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
                units += results.UnitsWithHits;
            }
        }
        // CPU time of the whole process (GC included) tells the query's cost apart from waiting for a core on a loaded machine.
        Console.WriteLine(Invariant($"{label}: {timings.Count} queries, median {Stats.Median(timings):N1} ms, p95 {Stats.Percentile(timings, 95):N1} ms, p99 {Stats.Percentile(timings, 99):N1} ms, max {timings.Max():N0} ms; CPU time median {Stats.Median(cpu):N1} ms, p95 {Stats.Percentile(cpu, 95):N1} ms; mean units with hits {units / timings.Count:N0}"));
    }

    /// <summary>The design before ADR 0011 without its database catch-up: every unit's own index and statistics, one after another.</summary>
    private static HostSearchResults UnitByUnit(SearchIndexes indexes, IReadOnlyList<string> units, string q)
    {
        var request = new SearchRequest { Q = q, PageSize = HostSearch.HitsPerUnit };
        var withHits = 0;
        foreach (var unit in units)
        {
            using var lease = indexes.Use(unit);
            if (lease.Index.Search(s => IndexQueries.Run(s, request, SearchScope.Public)).Total > 0)
            {
                withHits++;
            }
        }
        return new HostSearchResults(UserQuery.Parse(q), [], withHits, units.Count, [], 1, null);
    }

    private static double Time(Func<HostSearchResults> run, out HostSearchResults results)
    {
        var clock = Stopwatch.StartNew();
        results = run();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double WorkingSetMiB()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
