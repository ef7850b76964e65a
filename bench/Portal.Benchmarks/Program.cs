using Portal.Benchmarks;
using Portal.Benchmarks.PublicSite;
using Portal.Benchmarks.Tenants;

// Usage: dotnet run -c Release --project bench/Portal.Benchmarks -- tenants [--count 1000] [--runs 5] [--data DIR]
//        dotnet run -c Release --project bench/Portal.Benchmarks -- public-site --count 2000 --runs 3   (needs wrk and nginx-light)
var options = BenchOptions.Parse(args);
return options.Command switch
{
    "tenants" => await TenantStartupBenchmark.RunAsync(options),
    "public-site" => await PublicSiteBenchmark.RunAsync(options),
    _ => BenchOptions.PrintUsage(),
};
