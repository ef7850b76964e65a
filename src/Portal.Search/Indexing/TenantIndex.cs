namespace Portal.Search.Indexing;

/// <summary>
/// A tenant's search index: the live generation, and the gate that lets one writer at a time move its
/// cursor. A rebuild builds a new generation in a sibling folder and swaps it in here, so searches keep
/// answering from the old one until the new one has caught up.
/// </summary>
public sealed class TenantIndex : IDisposable
{
    private const string PointerFile = "CURRENT";
    private readonly object _swapLock = new();
    private volatile IndexGeneration _current;

    public TenantIndex(string tenantName, string root)
    {
        TenantName = tenantName;
        Root = root;
        Directory.CreateDirectory(root);
        var pointer = Path.Combine(root, PointerFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        if (name.Length == 0 || name.Contains('/') || name.Contains("..", StringComparison.Ordinal))
        {
            name = NewGenerationName();
            WritePointer(name);
        }
        try
        {
            _current = IndexGeneration.Open(Path.Combine(root, name));
        }
        catch (Exception ex) when (ex is not Lucene.Net.Store.LockObtainFailedException && (ex is IOException or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexFormatTooOldException or Lucene.Net.Index.IndexFormatTooNewException))
        {
            // A damaged index is only a cache of the database: start an empty generation at cursor 0,
            // and the indexer replays the whole change log into it.
            name = NewGenerationName();
            _current = IndexGeneration.Open(Path.Combine(root, name));
            WritePointer(name);
            Damaged = ex;
        }
        DeleteStaleGenerations(name);
    }

    public string TenantName { get; }

    /// <summary>Why the index found on disk could not be opened and was replaced by an empty one, if it was.</summary>
    public Exception? Damaged { get; }

    public string Root { get; }

    private Exception? _broken;

    /// <summary>
    /// Why the live generation was found damaged while open (files missing or corrupt, a writer Lucene closed after a
    /// disk error), if it was: searches answer from what is readable with a notice until a rebuild swaps in a new one.
    /// </summary>
    public Exception? Broken => Volatile.Read(ref _broken);

    /// <summary>Notes that the live generation is damaged (see <see cref="Broken"/>); a swap clears it.</summary>
    public void MarkBroken(Exception why) => Interlocked.CompareExchange(ref _broken, why, null);

    /// <summary>Held by whoever moves the live generation's cursor (catch-up, swap).</summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    private int _users;
    private long _lastUsedTicks = Environment.TickCount64;

    /// <summary>True while some operation holds an <see cref="IndexLease"/> on it.</summary>
    public bool InUse => Volatile.Read(ref _users) > 0;

    /// <summary>How long since the last lease ended (or began).</summary>
    public TimeSpan IdleFor => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsedTicks));

    internal void Enter()
    {
        Interlocked.Increment(ref _users);
        Interlocked.Exchange(ref _lastUsedTicks, Environment.TickCount64);
    }

    internal void Exit()
    {
        Interlocked.Exchange(ref _lastUsedTicks, Environment.TickCount64);
        Interlocked.Decrement(ref _users);
    }

    /// <summary>Set once the index has replayed the change log in this process (after a restart or a crash).</summary>
    public bool CaughtUpOnce { get; set; }

    public IndexGeneration Current => _current;

    /// <summary>
    /// Searches the live generation. A swap can close the generation between reading <see cref="Current"/>
    /// and acquiring its searcher; the search then simply runs on the new one.
    /// </summary>
    public T Search<T>(Func<Lucene.Net.Search.IndexSearcher, T> search)
    {
        while (true)
        {
            var generation = _current;
            try
            {
                return generation.Search(search);
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(generation, _current))
            {
                // Swapped meanwhile: try again on the new generation.
            }
        }
    }

    /// <summary>A fresh, empty generation beside the live one, for a rebuild.</summary>
    public IndexGeneration OpenNewGeneration() => IndexGeneration.Open(Path.Combine(Root, NewGenerationName()));

    /// <summary>Makes <paramref name="next"/> live; call with <see cref="WriteGate"/> held. The old folder is deleted once closed.</summary>
    public void Swap(IndexGeneration next)
    {
        IndexGeneration old;
        lock (_swapLock)
        {
            WritePointer(Path.GetFileName(next.Folder));
            old = _current;
            _current = next;
            Volatile.Write(ref _broken, null);
        }
        // Searches that acquired a searcher of the old generation keep their reader open until they release it.
        try
        {
            old.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // A damaged generation may fail to close (its folder deleted under it): it is being thrown away anyway.
        }
        TryDelete(old.Folder);
    }

    /// <summary>Closes without committing, as a crash would (what was only published is replayed at the next open).</summary>
    public void Dispose() => _current.Dispose();

    /// <summary>Commits what searches see, then closes: an orderly close (idle, shutdown) leaves nothing to replay.</summary>
    public void Close()
    {
        try
        {
            _current.CommitPublished();
        }
        finally
        {
            Dispose();
        }
    }

    private void WritePointer(string name)
    {
        // Write then rename: the pointer is either the old name or the new one, never half-written.
        var temp = Path.Combine(Root, PointerFile + ".tmp");
        File.WriteAllText(temp, name);
        File.Move(temp, Path.Combine(Root, PointerFile), overwrite: true);
    }

    /// <summary>Generations left by a rebuild that crashed before its swap, or by a swap whose delete failed.</summary>
    private void DeleteStaleGenerations(string live)
    {
        foreach (var folder in Directory.EnumerateDirectories(Root, "g-*").Where(f => Path.GetFileName(f) != live))
        {
            TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Deleted at the next open.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private static string NewGenerationName() => $"g-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
}
