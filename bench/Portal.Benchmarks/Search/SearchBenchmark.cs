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
        var folder = Path.Combine(options.DataFolder, $"search-index-{options.Count}");
        var reuse = Directory.Exists(folder) && options.Reuse;
        if (Directory.Exists(folder) && !reuse)
        {
            Directory.Delete(folder, recursive: true);
        }
        using var index = IndexGeneration.Open(folder);
        if (!reuse || index.Cursor != options.Count)
        {
            Build(index, options.Count);
        }
        else
        {
            Console.WriteLine($"Reusing the index of {options.Count:N0} articles in {folder}");
        }
        Query(index, options.Runs);
        NearDuplicates(index, options.Count);
        await Task.CompletedTask;
        return 0;
    }

    private static void Build(IndexGeneration index, int count)
    {
        var build = Stopwatch.StartNew();
        const int batch = 1000;
        for (var id = 1; id <= count; id++)
        {
            index.Replace(id, [SearchCorpus.Article(id)]);
            if (id % batch == 0 || id == count)
            {
                index.Commit(id);
            }
        }
        build.Stop();
        Console.WriteLine($"Indexed {count:N0} articles in {build.Elapsed.TotalSeconds:N1} s: {count / build.Elapsed.TotalSeconds:N0} docs/s");
        Console.WriteLine($"Index size: {DirectorySize(index.Folder) / 1024.0 / 1024.0:N0} MiB");
    }

    private static void Query(IndexGeneration index, int runs)
    {
        var queries = SearchCorpus.Queries();
        // Warm-up: JIT, term dictionaries in the OS cache.
        foreach (var q in queries)
        {
            Page(index, q);
        }
        var pages = new List<double>();
        var ranking = new List<double>();
        var totalHits = 0L;
        for (var run = 0; run < runs; run++)
        {
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                totalHits += Page(index, q).Total;
                pages.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                index.Search(s => s.Search(RelevanceQuery.Build(UserQuery.Parse(q), s.IndexReader), 10));
                ranking.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pages.Count} queries ({queries.Count} distinct × {runs}), a page of 10 with snippets: p50 {Stats.Median(pages):N2} ms, p90 {Stats.Percentile(pages, 90):N2} ms, p99 {Stats.Percentile(pages, 99):N2} ms, max {pages.Max():N1} ms; mean hits {totalHits / pages.Count:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"of which ranking alone (no scope filter, no stored fields): p50 {Stats.Median(ranking):N2} ms, p99 {Stats.Percentile(ranking, 99):N2} ms"));
    }

    /// <summary>
    /// The near-duplicate check as the content form and the review screen run it: a draft that copies the first
    /// half of a published article under a reworded title. Latency, and how often the copied article comes first.
    /// </summary>
    private static void NearDuplicates(IndexGeneration index, int count)
    {
        const int drafts = 100;
        var ids = Enumerable.Range(0, drafts).Select(i => 1 + (int)((long)i * count / drafts)).ToList();
        foreach (var id in ids.Take(10))
        {
            Similar(index, id);
        }
        var times = new List<double>();
        var first = 0;
        var listed = 0;
        foreach (var id in ids)
        {
            var clock = Stopwatch.StartNew();
            var found = Similar(index, id);
            times.Add(clock.Elapsed.TotalMilliseconds);
            first += found.Count > 0 && found[0].ItemId == id ? 1 : 0;
            listed += found.Count;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{drafts} near-duplicate checks (half an article copied): p50 {Stats.Median(times):N2} ms, p99 {Stats.Percentile(times, 99):N2} ms, max {times.Max():N1} ms; copied article first in {first}/{drafts}, {(double)listed / drafts:N1} items listed on average"));
    }

    private static IReadOnlyList<Portal.Abstractions.Content.SimilarPublishedItem> Similar(IndexGeneration index, int id)
    {
        var original = SearchCorpus.Article(id);
        var half = original.Text[..(original.Text.Length / 2)];
        return index.Search(s => SimilarContent.Find(s, null, "Bản sao: " + original.Title, half));
    }

    private static SearchResults Page(IndexGeneration index, string q) =>
        index.Search(s => IndexQueries.Run(s, new SearchRequest { Q = q }, SearchScope.Public));

    private static long DirectorySize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
