using System.Diagnostics;

namespace Portal.Benchmarks.Soak;

/// <summary>
/// Anonymous readers at a fixed rate (open loop: requests are sent on schedule whether or not earlier ones have
/// answered, as real readers do), spread over every unit: article pages (a few with a tracking query string, as
/// shared links carry), home and section pages, searches of two or three words, library images and their resized
/// copies, and the other public pages.
/// </summary>
public sealed class ReaderTraffic(HttpClient client, SoakFarmMap farm, int requestsPerSecond)
{
    /// <summary>Requests in flight beyond this are not sent (and counted): the portal is not keeping up.</summary>
    private const int MaxInFlight = 256;

    private readonly SemaphoreSlim _inFlight = new(MaxInFlight);
    private readonly Lock _lock = new();
    private List<double> _latencies = [];
    private long _sent;
    private long _failed;
    private long _skipped;

    public long Sent => Interlocked.Read(ref _sent);

    public long Failed => Interlocked.Read(ref _failed);

    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>The latencies (ms) measured since the last call.</summary>
    public List<double> TakeLatencies()
    {
        lock (_lock)
        {
            var taken = _latencies;
            _latencies = [];
            return taken;
        }
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var random = new Random(42);
        var clock = Stopwatch.StartNew();
        long scheduled = 0;
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * requestsPerSecond);
            for (; scheduled < due; scheduled++)
            {
                if (!_inFlight.Wait(0))
                {
                    Interlocked.Increment(ref _skipped);
                    continue;
                }
                running.Add(SendAsync(NextPath(random)));
            }
            running.RemoveAll(t => t.IsCompleted);
            try
            {
                await Task.Delay(10, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        await Task.WhenAll(running);
    }

    private async Task SendAsync(string path)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            if ((int)response.StatusCode >= 400)
            {
                Interlocked.Increment(ref _failed);
                Console.Error.WriteLine($"  {(int)response.StatusCode} {path}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _failed);
            Console.Error.WriteLine($"  {ex.GetType().Name} {path}");
        }
        finally
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (_lock)
            {
                _latencies.Add(ms);
            }
            Interlocked.Increment(ref _sent);
            _inFlight.Release();
        }
    }

    private string NextPath(Random random)
    {
        var unit = farm.Units[random.Next(farm.Units.Count)];
        var root = "/" + unit.Name;
        var dice = random.Next(100);
        return dice switch
        {
            < 32 => $"{root}/bai-viet/{Pick(unit.Articles, random).Slug}",
            // Links shared on social networks come back with a tracking id: each one a new address for the output cache.
            < 35 => $"{root}/bai-viet/{Pick(unit.Articles, random).Slug}?fbclid={random.NextInt64():x}",
            < 50 => root + "/",
            < 60 => $"{root}/chuyen-muc/{Pick(unit.Sections, random)}" + (random.Next(3) == 0 ? $"?page={random.Next(2, 6)}" : ""),
            < 75 => $"{root}/tim-kiem?q={Uri.EscapeDataString(Query(random))}" + (random.Next(5) == 0 ? "&page=2" : ""),
            < 80 => $"{root}/media/{Pick(unit.Media, random)}",
            < 90 => $"{root}/media/_variants/{(random.Next(2) == 0 ? 320 : 800)}/{Pick(unit.Media, random)}",
            < 92 => $"{root}/sitemap.xml",
            < 94 => $"{root}/van-ban",
            < 96 => $"{root}/thu-vien-anh",
            < 98 => $"{root}/lich-cong-tac",
            _ => $"{root}/chuyen-muc/{Pick(unit.Sections, random)}/rss",
        };
    }

    /// <summary>Two or three words of the farm's vocabulary, every other query without diacritics, as readers type.</summary>
    private static string Query(Random random)
    {
        var words = SoakFarm.Words(random, random.Next(2, 4));
        return random.Next(2) == 0 ? PublicSite.ContentFarm.WithoutDiacritics(words) : words;
    }

    private static T Pick<T>(List<T> list, Random random) => list[random.Next(list.Count)];
}
