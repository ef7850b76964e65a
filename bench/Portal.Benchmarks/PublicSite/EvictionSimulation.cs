using Portal.Core.Caching;

namespace Portal.Benchmarks.PublicSite;

/// <summary>
/// The output cache's hit ratio over a simulated day of one unit: readers spread over its articles (Zipf by recency:
/// new items are read most), its home, section pages and feeds, and editors publishing through the day. Pages carry
/// the tags the real pages carry (<see cref="PublicPageTags"/>: an article page names itself and its related links,
/// everything else is a listing), live <see cref="PublicPageCachePolicy.Lifetime"/>, and each publish evicts either
/// every page of the unit (before) or what <see cref="PublicPageTags.EvictedBy"/> names (after). A simulation, not
/// HTTP: a day's reads take seconds, and the clock is simulated so the lifetime counts as it would.
/// </summary>
public static class EvictionSimulation
{
    private const string Unit = "xa-bench";
    private const int Sections = 6;

    public static int Run(BenchOptions options)
    {
        var articles = options.Count;
        var publishes = (int)options.Number("--publishes", 20);
        var seed = (int)options.Number("--seed", 2026);
        Console.WriteLine($"{articles} articles in {Sections} sections, {publishes} publishes a day (a quarter are edits of a recent item), page lifetime {PublicPageCachePolicy.Lifetime.TotalMinutes} min (the policy's); longer lifetimes for comparison");
        Console.WriteLine();
        Console.WriteLine("| page lifetime | reads a day | hit ratio, evict all (before) | hit ratio, targeted (after) | misses before → after | article pages only, before → after |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var lifetime in new[] { PublicPageCachePolicy.Lifetime, TimeSpan.FromHours(1), TimeSpan.FromHours(24) })
        {
            foreach (var reads in new[] { 20_000, 100_000, 500_000 })
            {
                var before = Simulate(articles, publishes, reads, seed, lifetime, targeted: false);
                var after = Simulate(articles, publishes, reads, seed, lifetime, targeted: true);
                Console.WriteLine($"| {lifetime.TotalMinutes:N0} min | {reads:N0} | {before.Ratio:P1} | {after.Ratio:P1} | {before.Misses:N0} → {after.Misses:N0} | {before.ArticleRatio:P1} → {after.ArticleRatio:P1} |");
            }
        }
        return 0;
    }

    private sealed record Outcome(double Ratio, int Misses, double ArticleRatio);

    private static Outcome Simulate(int articleCount, int publishes, int reads, int seed, TimeSpan lifetime, bool targeted)
    {
        var random = new Random(seed);
        // Items 1..N, newest last; each in a section, in turn.
        var section = new List<int> { 0 };
        for (var id = 1; id <= articleCount; id++)
        {
            section.Add(id % Sections);
        }
        var cache = new Dictionary<string, (DateTime At, HashSet<string> Tags)>();
        var day = new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc);
        var publishTimes = Enumerable.Range(0, publishes)
            .Select(_ => day.AddHours(7).AddSeconds(random.NextDouble() * 10 * 3600)) // working hours, 7:00–17:00
            .Order().ToList();
        var readTimes = Enumerable.Range(0, reads).Select(_ => day.AddSeconds(ReaderSecond(random))).Order().ToList();
        int hits = 0, misses = 0, articleHits = 0, articleReads = 0, next = 0;
        foreach (var now in readTimes)
        {
            while (next < publishTimes.Count && publishTimes[next] <= now)
            {
                var id = random.NextDouble() < 0.25 ? section.Count - 1 - random.Next(Math.Min(50, section.Count - 1)) : AddItem(section);
                var evicted = targeted ? PublicPageTags.EvictedBy(Unit, id) : [PublicPageTags.Unit(Unit)];
                foreach (var key in cache.Where(e => e.Value.Tags.Overlaps(evicted)).Select(e => e.Key).ToList())
                {
                    cache.Remove(key);
                }
                next++;
            }
            var (page, tags, isArticle) = PickPage(random, section);
            if (cache.TryGetValue(page, out var entry) && now - entry.At < lifetime)
            {
                hits++;
                articleHits += isArticle ? 1 : 0;
            }
            else
            {
                misses++;
                cache[page] = (now, [.. tags]);
            }
            articleReads += isArticle ? 1 : 0;
        }
        return new Outcome((double)hits / reads, misses, articleReads == 0 ? 0 : (double)articleHits / articleReads);
    }

    private static int AddItem(List<int> section)
    {
        section.Add(section.Count % Sections);
        return section.Count - 1;
    }

    /// <summary>Readers come mostly in the day: two thirds between 7:00 and 22:00.</summary>
    private static double ReaderSecond(Random random) =>
        random.NextDouble() < 2.0 / 3 ? (7 + random.NextDouble() * 15) * 3600 : random.NextDouble() * 86_400;

    /// <summary>75 % article pages (Zipf over recency), 15 % home, 8 % section pages, 2 % feeds and sitemap.</summary>
    private static (string Page, IEnumerable<string> Tags, bool IsArticle) PickPage(Random random, List<int> section)
    {
        var roll = random.NextDouble();
        if (roll < 0.75)
        {
            var newest = section.Count - 1;
            var id = newest - Zipf(random, newest);
            // Its related links: the five newest other items of its section (what HomeController.Article shows).
            var related = new List<int>();
            for (var other = newest; other >= 1 && related.Count < 5; other--)
            {
                if (other != id && section[other] == section[id])
                {
                    related.Add(other);
                }
            }
            return ($"article/{id}", PublicPageTags.ForItemPage(Unit, [id, .. related]), true);
        }
        var listing = PublicPageTags.ForNewPage(Unit);
        return roll < 0.90 ? ("home", listing, false)
            : roll < 0.98 ? ($"section/{random.Next(Sections)}", listing, false)
            : (random.Next(2) == 0 ? "sitemap" : $"rss/{random.Next(Sections)}", listing, false);
    }

    /// <summary>A rank in 0..n-1, Zipf with exponent 1 (rank 0 the most read).</summary>
    private static int Zipf(Random random, int n)
    {
        // Inverse of the continuous approximation: rank = n^u - 1.
        var rank = (int)Math.Floor(Math.Pow(n + 1, random.NextDouble())) - 1;
        return Math.Clamp(rank, 0, n - 1);
    }
}
