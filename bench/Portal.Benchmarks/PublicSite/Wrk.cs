using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.PublicSite;

/// <summary>Runs wrk (Debian's package) the same way for every target and reads its summary.</summary>
public static partial class Wrk
{
    public sealed record Result(double RequestsPerSecond, double P50Ms, double P99Ms, int Non2xx);

    public const string Arguments = "-t2 -c16 -d10s --latency";

    public static async Task<Result> RunAsync(string url, string? luaScript = null)
    {
        var args = $"{Arguments} {(luaScript is null ? "" : $"-s {luaScript} ")}{url}";
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
