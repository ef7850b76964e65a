namespace Portal.Search;

/// <summary>Search settings, bound from "Portal:Search".</summary>
public sealed class SearchOptions
{
    /// <summary>How often open indexes re-read the change log for changes made on other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Where this node keeps the indexes, one sub-folder per tenant. Empty (the default): in each tenant's own
    /// folder, beside its media. Set it to a local disk on each node when several nodes share App_Data, since
    /// a Lucene index has one writer and each node keeps its own index and cursor.
    /// </summary>
    public string? IndexRoot { get; set; }

    /// <summary>An index nobody searched or changed for this long is closed (and reopens on its next use).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Delivered change-log messages older than this are deleted (<see cref="Indexing.ChangeLogPruningJob"/>).</summary>
    public TimeSpan ChangeLogRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How often the host search index re-reads every active unit's change log (<see cref="Indexing.HostIndexer"/>):
    /// changes made on other nodes and units never indexed are picked up then; changes on this node within a second.
    /// </summary>
    public TimeSpan HostIndexSweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Result pages of the public search kept in memory for the whole process (0 turns the cache off). A page is
    /// a few kilobytes; it is only reused while its unit's index has not changed.
    /// </summary>
    public int ResultCacheEntries { get; set; } = 5000;
}
