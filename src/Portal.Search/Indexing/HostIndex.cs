using System.Globalization;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// The node's one index of every active unit's published documents, for the operator's host search
/// (ADR 0013): one term dictionary and one set of segments instead of a thousand units' own indexes. Each
/// unit's cursor (the last change-log sequence applied) is kept in the Lucene commit's user data, so
/// documents and cursors reach the disk together, as a tenant index keeps its own cursor. Only
/// <see cref="HostIndexer"/> writes to it, one unit at a time.
/// </summary>
public sealed class HostIndex : IDisposable
{
    /// <summary>Folder under App_Data, or under <see cref="SearchOptions.IndexRoot"/> (tenant names cannot start with "_").</summary>
    public const string FolderName = "host-index";

    private const string CursorPrefix = "unit:";
    private const string GapsPrefix = "gaps:";

    private readonly LuceneStore _store;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _cursors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChangeLogGaps> _gaps = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, long> _visible;
    private bool _cursorsChanged;

    public HostIndex(IOptions<PortalPathsOptions> paths, IOptions<SearchOptions> options, ILogger<HostIndex> logger)
        : this(FolderFor(paths.Value, options.Value), logger)
    {
    }

    public HostIndex(string folder, ILogger<HostIndex>? logger = null)
    {
        Folder = folder;
        try
        {
            _store = Open(folder);
        }
        catch (Exception ex) when (ex is not Lucene.Net.Store.LockObtainFailedException && (ex is IOException or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexFormatTooOldException or Lucene.Net.Index.IndexFormatTooNewException))
        {
            // Only a copy of the units' databases: start empty, and the first sweep indexes every unit again.
            logger?.LogError(ex, "The host search index in {Folder} could not be opened; it starts empty and is rebuilt", folder);
            Directory.Delete(folder, recursive: true);
            _store = Open(folder);
        }
        foreach (var (key, value) in _store.CommittedData)
        {
            if (key.StartsWith(CursorPrefix, StringComparison.Ordinal) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
            {
                _cursors[key[CursorPrefix.Length..]] = cursor;
            }
            else if (key.StartsWith(GapsPrefix, StringComparison.Ordinal))
            {
                _gaps[key[GapsPrefix.Length..]] = ChangeLogGaps.Parse(value);
            }
        }
        _visible = new Dictionary<string, long>(_cursors, StringComparer.Ordinal);
    }

    public string Folder { get; }

    public static string FolderFor(PortalPathsOptions paths, SearchOptions options) => Path.GetFullPath(string.IsNullOrWhiteSpace(options.IndexRoot)
        ? Path.Combine(paths.AppData, FolderName)
        : Path.Combine(options.IndexRoot, "_" + FolderName));

    public bool IsSearchable(string unit) => Volatile.Read(ref _visible).ContainsKey(unit);

    /// <summary>Units with a cursor, searchable or not yet.</summary>
    public IReadOnlyList<string> IndexedUnits
    {
        get
        {
            lock (_lock)
            {
                return [.. _cursors.Keys];
            }
        }
    }

    public int DocumentCount => _store.Search(s => s.IndexReader.NumDocs);

    /// <summary>The unit's share of the index, for <see cref="ChangeLogReplay"/>.</summary>
    internal UnitTarget Unit(string unit) => new(this, unit);

    /// <summary>Drops a unit's documents and cursor (suspended, deleted): it is indexed whole if it comes back.</summary>
    public void RemoveUnit(string unit)
    {
        lock (_lock)
        {
            _store.Writer.DeleteDocuments(LuceneDocuments.UnitTerm(unit));
            _cursorsChanged |= _cursors.Remove(unit);
            _cursorsChanged |= _gaps.Remove(unit);
        }
    }

    /// <summary>Adds a unit's published documents as they are, without the change log (the benchmark fills the index this way).</summary>
    public void Add(string unit, IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents.Where(d => d.Scope == Analysis.SearchFields.PublicScope))
        {
            _store.Writer.UpdateDocument(LuceneDocuments.HostItemTerm(unit, document.ItemId), LuceneDocuments.ToHostLucene(unit, document));
        }
    }

    /// <summary>Lets new searches see what was written, without a disk sync.</summary>
    public void Refresh()
    {
        lock (_lock)
        {
            _store.Refresh();
            Volatile.Write(ref _visible, new Dictionary<string, long>(_cursors, StringComparer.Ordinal));
        }
    }

    /// <summary>Commits documents and every unit's cursor in one durable Lucene commit, and refreshes searches.</summary>
    /// <returns>True when there was something to commit.</returns>
    public bool Commit()
    {
        lock (_lock)
        {
            if (!_cursorsChanged && !_store.HasUncommittedChanges)
            {
                return false;
            }
            var data = _cursors.ToDictionary(p => CursorPrefix + p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture));
            foreach (var (unit, gaps) in _gaps.Where(p => !p.Value.IsEmpty))
            {
                data[GapsPrefix + unit] = gaps.Serialize();
            }
            _store.Commit(data);
            _cursorsChanged = false;
            Refresh();
            return true;
        }
    }

    public T Search<T>(Func<IndexSearcher, T> search) => _store.Search(search);

    /// <summary>An orderly close commits, so the next start has nothing to replay.</summary>
    public void Dispose()
    {
        try
        {
            Commit();
        }
        finally
        {
            _store.Dispose();
        }
    }

    private static LuceneStore Open(string folder) => new(folder, cachedSegmentMB: 8, cachedTotalMB: 48, ramBufferMB: 48);

    private long? CursorOf(string unit)
    {
        lock (_lock)
        {
            return _cursors.TryGetValue(unit, out var cursor) ? cursor : null;
        }
    }

    private ChangeLogGaps GapsOf(string unit)
    {
        lock (_lock)
        {
            return _gaps.TryGetValue(unit, out var gaps) ? gaps : ChangeLogGaps.None;
        }
    }

    private void SetCursor(string unit, long cursor, ChangeLogGaps gaps)
    {
        lock (_lock)
        {
            _cursors[unit] = cursor;
            _gaps[unit] = gaps;
            _cursorsChanged = true;
        }
    }

    /// <summary>One unit's documents: only the public scope (what readers may find) ever enters the host index.</summary>
    internal sealed class UnitTarget(HostIndex index, string unit) : IReplayTarget
    {
        /// <summary>True once this catch-up dropped the unit's documents to index it whole.</summary>
        public bool WasReset { get; private set; }

        public long Cursor => index.CursorOf(unit) ?? 0;

        public ChangeLogGaps Gaps => index.GapsOf(unit);

        public bool NeedsWholeIndex => index.CursorOf(unit) is null;

        public void Replace(int itemId, IReadOnlyList<SearchDocument> documents)
        {
            var term = LuceneDocuments.HostItemTerm(unit, itemId);
            var published = documents.Where(d => d.Scope == Analysis.SearchFields.PublicScope).Select(d => LuceneDocuments.ToHostLucene(unit, d)).ToList();
            if (published.Count == 0)
            {
                index._store.Writer.DeleteDocuments(term);
            }
            else
            {
                index._store.Writer.UpdateDocuments(term, published);
            }
        }

        public void Reset()
        {
            WasReset = true;
            index.RemoveUnit(unit);
        }

        public void Reindexed(long cursor, ChangeLogGaps gaps) => index.SetCursor(unit, cursor, gaps);

        public void Advance(long cursor, ChangeLogGaps gaps) => index.SetCursor(unit, cursor, gaps);
    }
}
