using System.Diagnostics;
using System.Globalization;

namespace Portal.Benchmarks.Soak;

/// <summary>
/// Memory of the portal process: its resident set from /proc (anonymous and file-backed apart: index files the
/// process maps count in the second) and the .NET GC's own counters, collected by dotnet-counters (a local tool of
/// the repository, <c>dotnet tool restore</c>) into a CSV file the sampler reads.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly int _pid;
    private readonly string _csv;
    private readonly Process? _counters;

    public MemorySampler(int pid, string repositoryRoot)
    {
        _pid = pid;
        _csv = Path.Combine(Path.GetTempPath(), $"portal-soak-counters-{pid}.csv");
        File.Delete(_csv);
        var info = new ProcessStartInfo("dotnet", ["tool", "run", "dotnet-counters", "--", "collect", "--process-id", pid.ToString(CultureInfo.InvariantCulture),
            "--refresh-interval", "5", "--counters", "System.Runtime", "--format", "csv", "--output", _csv])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        try
        {
            _counters = Process.Start(info);
            _counters?.BeginOutputReadLine();
            _counters?.BeginErrorReadLine();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.Error.WriteLine($"dotnet-counters could not start ({ex.Message}); only the resident set is sampled");
        }
    }

    public MemorySample Take(TimeSpan elapsed)
    {
        var status = File.ReadAllLines($"/proc/{_pid}/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].Trim());
        double Kb(string key) => status.TryGetValue(key, out var v) ? double.Parse(v.Split(' ')[0], CultureInfo.InvariantCulture) / 1024 : double.NaN;
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var counters = LatestCounters();
        double Counter(string prefix, double scale) =>
            counters.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Value).DefaultIfEmpty(double.NaN).Sum() / scale;
        return new MemorySample(
            elapsed,
            Kb("VmRSS"),
            Kb("RssAnon"),
            Kb("RssFile"),
            Counter("dotnet.gc.last_collection.heap.size", 1024 * 1024),
            Counter("dotnet.gc.last_collection.memory.committed_size", 1024 * 1024),
            Counter("dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=gen2]", 1024 * 1024),
            Counter("dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=loh]", 1024 * 1024),
            double.Parse(load, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The last value dotnet-counters wrote for each counter (name with tags → value). It writes in bursts of a few
    /// intervals, so the interval is short (5 s) and each counter's latest value is taken, whatever its row.
    /// </summary>
    private Dictionary<string, double> LatestCounters()
    {
        var latest = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!File.Exists(_csv))
        {
            return latest;
        }
        using var stream = new FileStream(_csv, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length >= 5 && double.TryParse(cells[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                latest[cells[2]] = value;
            }
        }
        return latest;
    }

    public void Dispose()
    {
        if (_counters is { HasExited: false })
        {
            // "q" ends the session and writes what is still buffered; kill only if it does not.
            _counters.StandardInput.Write('q');
            _counters.StandardInput.Flush();
            if (!_counters.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _counters.Kill(entireProcessTree: true);
                _counters.WaitForExit();
            }
        }
        _counters?.Dispose();
    }
}

/// <summary>One sample, in MiB.</summary>
public sealed record MemorySample(TimeSpan Elapsed, double Rss, double RssAnon, double RssFile, double GcHeap, double GcCommitted, double Gen2, double Loh, double LoadAverage);
