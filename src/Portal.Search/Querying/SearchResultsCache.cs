using System.Globalization;
using Lucene.Net.Index;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Portal.Search.Querying;

/// <summary>
/// Readers' result pages, kept per index reader (Solr's query result cache): many readers type the same
/// few queries, and a page of hits with snippets costs milliseconds to make but nothing to keep. The key holds
/// the reader's folder (a rebuilt index has a new one) and its version, which every commit changes, so a change is searchable at once;
/// pages of older readers are never asked for again and leave the cache as it fills or after a quiet while. The
/// cache is bounded by the memory its pages take (<see cref="SearchOptions.ResultCacheMegabytes"/>), not their number.
/// Only the public scope is kept: editors' scopes depend on who asks and are searched rarely.
/// </summary>
public sealed class SearchResultsCache(IOptions<SearchOptions> options) : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache? _cache = options.Value.ResultCacheMegabytes > 0
        ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.ResultCacheMegabytes * 1024L * 1024L })
        : null;

    /// <summary>The cached page for this reader and request, or the one <paramref name="run"/> makes.</summary>
    public SearchResults GetOrRun(IndexReader reader, SearchRequest request, SearchScope scope, Func<SearchResults> run)
    {
        if (_cache is null || scope != SearchScope.Public || reader is not DirectoryReader directory)
        {
            return run();
        }
        var key = KeyOf(FolderOf(directory), directory.Version, request);
        if (_cache.TryGetValue(key, out SearchResults? cached) && cached is not null)
        {
            return cached;
        }
        var results = run();
        _cache.Set(key, results, new MemoryCacheEntryOptions { Size = Weight(key, results), SlidingExpiration = Idle });
        return results;
    }

    /// <summary>Pages currently kept (diagnostics and tests).</summary>
    public int Count => _cache?.Count ?? 0;

    public void Dispose() => _cache?.Dispose();

    /// <summary>Bytes a page takes on the heap, roughly: its objects and the UTF-16 text of its key, titles and snippets.</summary>
    internal static long Weight(string key, SearchResults results) =>
        200 + 2L * key.Length + results.Hits.Sum(hit => 200L + hit.Slug.Length * 2L
            + hit.Title.Sum(part => 60L + part.Text.Length * 2L) + hit.Snippet.Sum(part => 60L + part.Text.Length * 2L));

    private static string FolderOf(DirectoryReader reader) =>
        reader.Directory is Lucene.Net.Store.FSDirectory fs ? fs.Directory.FullName : reader.Directory.GetLockID();

    private static string KeyOf(string indexFolder, long version, SearchRequest request) => string.Join('\u001f',
        indexFolder,
        version.ToString(CultureInfo.InvariantCulture),
        request.Q ?? "",
        request.Type ?? "",
        request.SectionId?.ToString(CultureInfo.InvariantCulture) ?? "",
        string.Join(',', request.SubSectionIds),
        request.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        request.Page.ToString(CultureInfo.InvariantCulture),
        request.PageSize.ToString(CultureInfo.InvariantCulture));
}
