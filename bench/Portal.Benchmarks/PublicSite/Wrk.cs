using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.PublicSite;

/// <summary>Runs wrk (Debian's package) the same way for every target and reads its summary.</summary>
public static partial class Wrk
{
    public sealed record Result(double RequestsPerSecond, double P50Ms, double P99Ms, int Non2xx);

    /// <summary>Sixteen connections on two threads: the issue's figures. <c>--duration</c> shortens the runs on a noisy machine.</summary>
    public static string Arguments => $"-t2 -c16 -d{Duration}s --latency";

    /// <summary>One connection: the latency of a single render with nothing queued before it.</summary>
    public static string OneConnection => $"-t1 -c1 -d{Duration}s --latency";

    public static int Duration { get; set; } = 10;

    public static Task<Result> RunAsync(string url, string? luaScript = null) => RunAsync(Arguments, url, luaScript);

    public static async Task<Result> RunAsync(string arguments, string url, string? luaScript)
    {
        var args = $"{arguments} {(luaScript is null ? "" : $"-s {luaScript} ")}{url}";
        var info = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk is missing: apt-get install wrk");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(
            Number(RequestsPerSecond(), output),
            Latency("50%", output),
            Latency("99%", output),
            Non2xx().Match(output) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    private static double Latency(string percentile, string output)
    {
        var m = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();
}
