namespace Portal.Benchmarks;

/// <summary>Command-line options shared by the process-level benchmarks.</summary>
public sealed record BenchOptions(string Command, int Count, int Runs, string DataFolder, string RepositoryRoot, bool Reuse = false, bool Settle = false)
{
    /// <summary>The raw arguments, for options only one benchmark reads.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The value after <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public string Value(string name, string fallback)
    {
        var i = Arguments.ToList().IndexOf(name);
        return i >= 0 && i + 1 < Arguments.Count ? Arguments[i + 1] : fallback;
    }

    public double Number(string name, double fallback) =>
        double.Parse(Value(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every "--set Key=Value" as portal configuration (environment variable names: Portal__Search__X).</summary>
    public IReadOnlyDictionary<string, string> Settings() => Arguments
        .Select((a, i) => (a, i))
        .Where(p => p.a == "--set" && p.i + 1 < Arguments.Count)
        .Select(p => Arguments[p.i + 1].Split('=', 2))
        .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");

    public static BenchOptions Parse(string[] args)
    {
        var root = FindRepositoryRoot();
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var count = int.Parse(Value("--count", "1000"));
        return new BenchOptions(
            args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "",
            count,
            int.Parse(Value("--runs", "5")),
            Path.GetFullPath(Value("--data", Path.Combine(Path.GetTempPath(), $"portal-bench-{count}-tenants"))),
            // --portal names another checkout whose Release build to measure (a before/after comparison on one farm).
            Path.GetFullPath(Value("--portal", root)),
            args.Contains("--reuse"),
            // --settle (approval): time the steps only once the jobs' start-up backlog is done, as on a running board.
            args.Contains("--settle"))
        {
            Arguments = args,
        };
    }

    public static int PrintUsage()
    {
        Console.WriteLine("Usage: dotnet run -c Release --project bench/Portal.Benchmarks -- tenants [--count 1000] [--runs 5] [--data DIR] [--portal CHECKOUT]");
        return 2;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the Portal repository.");
    }
}
