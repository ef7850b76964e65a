using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Search.Files;
using Portal.Search.Indexing;

namespace Portal.Search;

/// <summary>Registers search: per-tenant indexes, the change-log indexer, its poller, the host index and its feeder, and the query services.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("Portal:Search");
        // Nodes that share App_Data keep their indexes on their own disk: that folder is what one process must own.
        services.AddOptions<Core.Tenancy.PortalPathsOptions>().PostConfigure<Microsoft.Extensions.Options.IOptions<SearchOptions>>((paths, search) =>
        {
            if (!string.IsNullOrWhiteSpace(search.Value.IndexRoot) && string.IsNullOrWhiteSpace(paths.LockFolder))
            {
                paths.LockFolder = search.Value.IndexRoot;
            }
        });
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<RebuildProgress>();
        services.AddSingleton<RebuildRunner>();
        services.AddOptions<FileWorkerOptions>().BindConfiguration("Portal:Files");
        services.AddSingleton<FileWorkerClient>();
        services.AddSingleton<FileReadLocks>();
        services.AddScoped<AttachmentText>();
        services.AddSingleton<Querying.SearchResultsCache>();
        services.AddScoped<ChangeLogReader>();
        services.AddScoped<SearchDocumentBuilder>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<SearchService>();
        services.AddScoped<ISimilarContentFinder, SimilarContentFinder>();
        services.AddScoped<HostSearch>();
        services.AddScoped<ITenantEventHandler<ContentEvent>, SearchIndexEventHandler>();
        services.AddSingleton<HostIndex>();
        services.AddSingleton<HostIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<HostIndexer>());
        services.AddSingleton<PendingCatchUps>();
        services.AddHostedService(sp => sp.GetRequiredService<PendingCatchUps>());
        services.AddSingleton<SearchIndexPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexPoller>());
        return services;
    }
}
