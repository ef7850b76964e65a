using Portal.Benchmarks;
using Portal.Benchmarks.Approval;
using Portal.Benchmarks.PublicSite;
using Portal.Benchmarks.Search;
using Portal.Benchmarks.Soak;
using Portal.Benchmarks.Tenants;

// Usage: dotnet run -c Release --project bench/Portal.Benchmarks -- tenants [--count 1000] [--runs 5] [--data DIR]
//        dotnet run -c Release --project bench/Portal.Benchmarks -- public-site --count 2000 --runs 3   (needs wrk and nginx-light)
//        dotnet run -c Release --project bench/Portal.Benchmarks -- cache-eviction --count 2000 [--publishes 20]   (a simulated day of reads and publishes)
//        dotnet run -c Release --project bench/Portal.Benchmarks -- search --count 100000 --runs 3 [--reuse]
//        dotnet run -c Release --project bench/Portal.Benchmarks -- host-search --count 1000 --runs 3 --data DIR   (1,000 units × 200 articles, built once; writes the host index into DIR)
//        dotnet run -c Release --project bench/Portal.Benchmarks -- search-rebuild --count 2000 --runs 3 --data DIR
//        dotnet run -c Release --project bench/Portal.Benchmarks -- snippets --count 2000 --runs 20   (SnippetBuilder against Lucene.Net.Highlighter)
//        dotnet run -c Release --project bench/Portal.Benchmarks -- approval --count 10000 --runs 50
//        dotnet run -c Release --project bench/Portal.Benchmarks -- soak --minutes 60 [--rate 200] [--units 4] [--articles 500] [--publish-every 5] [--set Portal__X=Y]   (dotnet tool restore first)
var options = BenchOptions.Parse(args);
return options.Command switch
{
    "tenants" => await TenantStartupBenchmark.RunAsync(options),
    "public-site" => await PublicSiteBenchmark.RunAsync(options),
    "cache-eviction" => EvictionSimulation.Run(options),
    "search" => await SearchBenchmark.RunAsync(options),
    "host-search" => await HostSearchBenchmark.RunAsync(options),
    "search-rebuild" => await SearchRebuildBenchmark.RunAsync(options),
    "snippets" => SnippetComparison.Run(options),
    "approval" => await ApprovalBenchmark.RunAsync(options),
    "soak" => await SoakBenchmark.RunAsync(options),
    _ => BenchOptions.PrintUsage(),
};
