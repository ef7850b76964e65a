using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmarks.Tenants;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Search.Indexing;

namespace Portal.Benchmarks.Search;

/// <summary>
/// The tenants benchmark's N unit sites, each with an index holding its own seed content (caught up through
/// the real change-log indexer) plus a number of published articles of the search benchmark's corpus, once.
/// The articles go straight into the index, as in the search benchmark: writing 200,000 articles through
/// ContentService would take hours here. Since ADR 0013 the host search reads its own host index, which
/// <see cref="HostSearchBenchmark"/> fills with the same articles; these unit indexes are the farm's as built.
/// </summary>
public static class HostSearchFarm
{
    public static async Task EnsureAsync(string dataFolder, int tenants, int articlesPerTenant)
    {
        await TenantFarm.EnsureAsync(dataFolder, tenants);
        var marker = Path.Combine(dataFolder, $"host-search-{tenants}x{articlesPerTenant}.done");
        if (File.Exists(marker))
        {
            Console.WriteLine($"Reusing the indexes of {tenants} tenants × {articlesPerTenant} articles in {dataFolder}");
            return;
        }
        await using var app = await InProcessPortal.StartAsync(dataFolder);
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var indexes = app.Services.GetRequiredService<SearchIndexes>();
        var clock = Stopwatch.StartNew();
        var filled = 0;
        // A few units at a time: each unit's catch-up waits on SQLite while another's articles are analysed.
        await Parallel.ForEachAsync(Enumerable.Range(1, tenants), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount + 1 }, async (i, cancellationToken) =>
        {
            var tenant = registry.Find(TenantFarm.TenantName(i)) ?? throw new InvalidOperationException($"{TenantFarm.TenantName(i)} is missing");
            await app.Services.GetRequiredService<TenantMigrator>().EnsureCurrentAsync(tenant, cancellationToken);
            using (var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenant))
            {
                await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync(cancellationToken);
            }
            using (var lease = indexes.Use(tenant.Name))
            {
                var generation = lease.Index.Current;
                // Ids far above the seed content's, and a different text for every tenant (the corpus seeds on the id).
                for (var j = 1; j <= articlesPerTenant; j++)
                {
                    var id = i * 1000 + j;
                    generation.Replace(id, [SearchCorpus.Article(id)]);
                }
                generation.Commit(generation.Cursor);
            }
            indexes.Close(tenant.Name);
            if (Interlocked.Increment(ref filled) % 100 == 0)
            {
                Console.WriteLine($"  {filled} indexes filled ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        });
        await app.StopAsync();
        await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O"));
        Console.WriteLine($"Indexed {tenants} × {articlesPerTenant} articles in {clock.Elapsed.TotalSeconds:F0} s");
    }
}
