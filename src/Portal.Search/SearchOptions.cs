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

    /// <summary>
    /// Longest a search waits for its unit's index to catch up (after a change on this node, or at the unit's first
    /// search in the process), counted from the catch-up's start. A catch-up takes milliseconds; one that takes longer
    /// (a unit restored from a copy replays its whole change log) goes on in the background while searches answer
    /// from what the index holds, saying the index is being rebuilt.
    /// </summary>
    public TimeSpan SearchWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delivered change-log messages older than this are deleted (<see cref="Indexing.ChangeLogPruningJob"/>).</summary>
    public TimeSpan ChangeLogRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long the indexer keeps re-reading a change-log sequence it found missing below its cursor (ADR 0006):
    /// a database that numbers messages at insert can commit a lower sequence after a higher one was read. Ten
    /// minutes is far longer than any transaction of the portal stays open (a save or an import batch takes
    /// seconds; a command times out after 30 s and a writer waits at most 30 s for the database lock), and costs only one
    /// small <c>IN (…)</c> query per catch-up while gaps are awaited. A gap still missing after it was a rolled-back
    /// transaction (or a deleted row) and is given up.
    /// </summary>
    public TimeSpan LateCommitWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Most missing sequences an index remembers (they are stored in its commit data); the highest are kept and a
    /// warning is logged beyond, so a log with a huge jump in numbering cannot grow the commit without bound.
    /// </summary>
    public int MaxChangeLogGaps { get; set; } = 10_000;

    /// <summary>
    /// How often the host search index re-reads every active unit's change log (<see cref="Indexing.HostIndexer"/>):
    /// changes made on other nodes and units never indexed are picked up then; changes on this node within a second.
    /// </summary>
    public TimeSpan HostIndexSweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Memory the public search's result pages may take, for the whole process, in megabytes (0 turns the cache off).
    /// Pages are weighed by their text (snippets and titles), so the bound holds whatever the pages hold; a page is
    /// 5–20 KB and is only reused while its unit's index has not changed. It was 5,000 pages: about 60 MB, which the
    /// soak benchmark found to be most of the managed heap's growth (docs/PERFORMANCE.md).
    /// </summary>
    public int ResultCacheMegabytes { get; set; } = 16;
}
