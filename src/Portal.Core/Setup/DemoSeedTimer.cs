using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Setup;

/// <summary>
/// Where a demo seed's time goes, logged at Debug: each step of a unit's seed, and the totals of the work spread over
/// steps (library uploads with their resized copies, publishing with its indexing). Every integration test host seeds the
/// demo, so its cost is watched (docs/PERFORMANCE.md).
/// </summary>
public sealed class DemoSeedTimer(ILogger logger, string tenant)
{
    private readonly Dictionary<string, (TimeSpan Time, int Count)> _totals = new(StringComparer.Ordinal);

    /// <summary>Runs one step of the seed and logs its time.</summary>
    public async Task StepAsync(string step, Func<Task> run)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        logger.LogDebug("Demo seed {Tenant}: {Step} in {Milliseconds:F0} ms", tenant, step, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Runs a piece of work that recurs across steps and adds its time to the total of <paramref name="kind"/>.</summary>
    public async Task<T> CountAsync<T>(string kind, Func<Task<T>> run)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await run();
        var (time, count) = _totals.GetValueOrDefault(kind);
        _totals[kind] = (time + Stopwatch.GetElapsedTime(started), count + 1);
        return result;
    }

    /// <summary>Logs the totals of the recurring work.</summary>
    public void LogTotals()
    {
        foreach (var (kind, (time, count)) in _totals)
        {
            logger.LogDebug("Demo seed {Tenant}: {Count} × {Kind} in {Milliseconds:F0} ms", tenant, count, kind, time.TotalMilliseconds);
        }
    }
}
