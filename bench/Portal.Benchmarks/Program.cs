using Portal.Benchmarks;
using Portal.Benchmarks.Tenants;

// Usage: dotnet run -c Release --project bench/Portal.Benchmarks -- tenants [--count 1000] [--runs 5] [--data DIR]
var options = BenchOptions.Parse(args);
return options.Command switch
{
    "tenants" => await TenantStartupBenchmark.RunAsync(options),
    _ => BenchOptions.PrintUsage(),
};
