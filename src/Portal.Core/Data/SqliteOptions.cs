namespace Portal.Core.Data;

/// <summary>SQLite settings for the whole process, bound from "Portal:Sqlite".</summary>
public sealed class SqliteOptions
{
    /// <summary>
    /// Memory SQLite may keep for all databases of the process, in megabytes (its soft heap limit; 0 for none). Each
    /// pooled connection has its own page cache of up to 2 MB, and a process serving many units under load keeps many
    /// connections open; above the limit SQLite reuses page-cache memory instead of allocating more.
    /// </summary>
    public int MemoryLimitMegabytes { get; set; } = 64;
}
