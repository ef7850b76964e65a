using System.Diagnostics;
using System.Globalization;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Index build throughput and query latency of one tenant's index, on the real analyzer, documents,
/// query builder and snippet builder (the database read of the change-log indexer is not included).
/// </summary>
public static class SearchBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var folder = Path.Combine(options.DataFolder, "search-index");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        using var index = IndexGeneration.Open(folder);

        var build = Stopwatch.StartNew();
        const int batch = 1000;
        for (var id = 1; id <= options.Count; id++)
        {
            index.Replace(id, [SearchCorpus.Article(id)]);
            if (id % batch == 0 || id == options.Count)
            {
                index.Commit(id);
            }
        }
        build.Stop();
        var docsPerSecond = options.Count / build.Elapsed.TotalSeconds;
        Console.WriteLine($"Indexed {options.Count:N0} articles in {build.Elapsed.TotalSeconds:N1} s: {docsPerSecond:N0} docs/s");
        Console.WriteLine($"Index size: {DirectorySize(folder) / 1024.0 / 1024.0:N0} MiB");

        var queries = SearchCorpus.Queries();
        var scope = SearchScope.Public;
        // Warm-up: JIT, term dictionaries in the OS cache.
        foreach (var q in queries)
        {
            index.Search(s => IndexQueries.Run(s, new SearchRequest { Q = q }, scope));
        }
        var latencies = new List<double>();
        var totalHits = 0L;
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                var results = index.Search(s => IndexQueries.Run(s, new SearchRequest { Q = q }, scope));
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                totalHits += results.Total;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{latencies.Count} queries ({queries.Count} distinct × {options.Runs}): p50 {Stats.Median(latencies):N2} ms, p90 {Stats.Percentile(latencies, 90):N2} ms, p99 {Stats.Percentile(latencies, 99):N2} ms, max {latencies.Max():N1} ms; mean hits {totalHits / latencies.Count:N0}"));
        await Task.CompletedTask;
        return 0;
    }

    private static long DirectorySize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
