using System.Diagnostics;
using System.Globalization;
using System.Text;
using Portal.Benchmarks.Tenants;

namespace Portal.Benchmarks.Soak;

/// <summary>
/// Issue 12's memory soak: the real web process (Release, Production, jobs on) under mixed anonymous reader traffic
/// at a fixed rate (<see cref="ReaderTraffic"/>) plus one save-and-publish every few seconds, the units taking turns
/// (<see cref="Publisher"/>), for a set time. Every 30 s it samples the process's resident set and the GC's counters
/// (<see cref="MemorySampler"/>) and the traffic's rate and latency, writes the row as it goes (a report survives an
/// interrupted run), and ends with the judgement: memory flat within 10 % after the first 10 minutes.
/// </summary>
public static class SoakBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var minutes = options.Number("--minutes", 60);
        var rate = (int)options.Number("--rate", 200);
        var units = (int)options.Number("--units", 4);
        var articles = (int)options.Number("--articles", 500);
        var publishEvery = TimeSpan.FromSeconds(options.Number("--publish-every", 5));
        var sampleEvery = TimeSpan.FromSeconds(options.Number("--sample-every", 30));
        var data = options.Value("--data", Path.Combine(Path.GetTempPath(), $"portal-soak-{units}x{articles}"));
        var farm = await SoakFarm.EnsureAsync(data, units, articles, imagesPerUnit: 20);
        var settings = options.Settings();

        var report = Path.Combine(Path.GetTempPath(), $"portal-soak-{DateTime.Now:yyyyMMdd-HHmm}.md");
        var header = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Soak: {units} units × {articles} articles, {rate} reader requests/s, one publish every {publishEvery.TotalSeconds:F0} s, {minutes:F0} min, {Environment.ProcessorCount} cores, started {DateTime.Now:dd/MM/yyyy HH:mm}")
            .AppendLine(CultureInfo.InvariantCulture, $"Settings: {(settings.Count == 0 ? "defaults" : string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}")))}")
            .AppendLine()
            .AppendLine("| min | RSS MiB | anon | file | GC heap | GC committed | gen2 | LOH | req/s | p50 ms | p99 ms | failed | published | load |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        await File.WriteAllTextAsync(report, header.ToString());
        Console.Write(header);

        var samples = new List<MemorySample>();
        using var portal = PortalProcess.Start(options.RepositoryRoot, data, settings);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = portal.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await portal.WaitForPageAsync(client, farm.Units[0].Name + "/", TimeSpan.FromSeconds(120));
        using var sampler = new MemorySampler(portal.ProcessId, options.RepositoryRoot);
        using var publisher = new Publisher(portal.BaseAddress, farm, publishEvery);
        var traffic = new ReaderTraffic(client, farm, rate);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        var clock = Stopwatch.StartNew();
        var readers = Task.Run(() => traffic.RunAsync(stop.Token));
        var editors = Task.Run(() => publisher.RunAsync(stop.Token));
        long lastSent = 0;
        var lastTime = TimeSpan.Zero;
        samples.Add(await SampleAsync());
        using var timer = new PeriodicTimer(sampleEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                samples.Add(await SampleAsync());
            }
        }
        catch (OperationCanceledException)
        {
            // The soak's time is up.
        }
        await Task.WhenAll(readers, editors);
        samples.Add(await SampleAsync());

        var summary = Summary(samples, traffic, publisher);
        await File.AppendAllTextAsync(report, summary);
        Console.Write(summary);
        Console.WriteLine($"Report: {report}");
        return 0;

        async Task<MemorySample> SampleAsync()
        {
            // Give dotnet-counters a moment to write the interval that just ended.
            await Task.Delay(TimeSpan.FromSeconds(1));
            var elapsed = clock.Elapsed;
            var sample = sampler.Take(elapsed);
            var latencies = traffic.TakeLatencies();
            var sent = traffic.Sent;
            var perSecond = (sent - lastSent) / Math.Max(1, (elapsed - lastTime).TotalSeconds);
            lastSent = sent;
            lastTime = elapsed;
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {elapsed.TotalMinutes:F1} | {sample.Rss:F0} | {sample.RssAnon:F0} | {sample.RssFile:F0} | {sample.GcHeap:F0} | {sample.GcCommitted:F0} | {sample.Gen2:F0} | {sample.Loh:F0} | {perSecond:F0} | {Stats.Median(latencies):F1} | {Stats.Percentile(latencies, 99):F0} | {traffic.Failed} | {publisher.Published} | {sample.LoadAverage:F1} |\n");
            await File.AppendAllTextAsync(report, row);
            Console.Write(row);
            return sample;
        }
    }

    private static string Summary(List<MemorySample> samples, ReaderTraffic traffic, Publisher publisher)
    {
        var text = new StringBuilder().AppendLine();
        var settled = samples.Where(s => s.Elapsed >= TimeSpan.FromMinutes(10)).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"Requests: {traffic.Sent:N0} sent, {traffic.Failed} failed, {traffic.Skipped} not sent (256 in flight); publishes: {publisher.Published} done, {publisher.Failed} failed.");
        if (settled.Count < 2)
        {
            text.AppendLine("Shorter than 10 minutes: no judgement on flatness.");
            return text.ToString();
        }
        foreach (var (name, pick) in new (string, Func<MemorySample, double>)[] { ("RSS", s => s.Rss), ("anonymous RSS", s => s.RssAnon), ("GC heap", s => s.GcHeap) })
        {
            var first = pick(settled[0]);
            var min = settled.Min(pick);
            var max = settled.Max(pick);
            var last = pick(settled[^1]);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{name} after 10 min: {first:F0} MiB at 10 min, min {min:F0}, max {max:F0}, last {last:F0} MiB; max over the 10-minute value {(max / first - 1):P1}, last {(last / first - 1):P1}.");
        }
        var rss = settled.Select(s => s.Rss).ToList();
        text.AppendLine(rss.Max() <= rss[0] * 1.10 ? "Flat within 10 % after the first 10 minutes." : "NOT flat: the resident set grew more than 10 % after the first 10 minutes.");
        return text.ToString();
    }
}
