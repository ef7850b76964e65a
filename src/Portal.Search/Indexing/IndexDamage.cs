namespace Portal.Search.Indexing;

/// <summary>
/// Tells a damaged index from other failures. An index is only a cache of the database: files missing or
/// corrupt (a generation deleted under the process, a disk error, a copy restored half-way) or a writer Lucene
/// closed after such an error are repaired by rebuilding it in the background (<see cref="RebuildRunner.Repair"/>).
/// A database error (SQLite busy, disk full on the database) or another process's lock is not damage: rebuilding
/// would meet the same error, or take the index from its owner.
/// </summary>
public static class IndexDamage
{
    public static bool IsDamage(Exception exception) => exception switch
    {
        Lucene.Net.Store.LockObtainFailedException => false,
        // Lucene.Net's AlreadyClosedException: the writer closed itself after a tragic error (it derives from ObjectDisposedException).
        ObjectDisposedException disposed => disposed.GetType().Name == "AlreadyClosedException",
        // Lucene's CorruptIndexException and IndexFormatToo…Exception are IOExceptions too.
        IOException => true,
        _ => exception.InnerException is { } inner && IsDamage(inner),
    };
}
