using Microsoft.Extensions.Options;
using Portal.Search;
using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

/// <summary>Result pages are reused only while the index is unchanged, only for readers, and not at all when turned off.</summary>
public sealed class SearchResultsCacheTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void SameRequest_OnTheSameReader_ShouldBeAnsweredFromTheCache()
    {
        _index.Add("Hội nghị tổng kết năm học");
        _index.Commit();
        using var cache = new SearchResultsCache(Options.Create(new SearchOptions()));
        var runs = 0;

        var first = Search(cache, "hoi nghi", SearchScope.Public, () => runs++);
        var second = Search(cache, "hoi nghi", SearchScope.Public, () => runs++);

        Assert.Equal(1, runs);
        Assert.Same(first, second);
        Assert.Single(second.Hits);
    }

    [Fact]
    public void ACommit_ShouldMakeTheNextSearchSeeTheChange()
    {
        _index.Add("Hội nghị tổng kết năm học");
        _index.Commit(1);
        using var cache = new SearchResultsCache(Options.Create(new SearchOptions()));
        Assert.Single(Search(cache, "hoi nghi", SearchScope.Public, () => { }).Hits);

        _index.Add("Hội nghị cán bộ công chức");
        _index.Commit(2);

        Assert.Equal(2, Search(cache, "hoi nghi", SearchScope.Public, () => { }).Hits.Count);
    }

    [Fact]
    public void OtherPagesFiltersAndEditorScopes_ShouldNotShareAnEntry()
    {
        _index.Add("Hội nghị tổng kết năm học");
        _index.Commit();
        using var cache = new SearchResultsCache(Options.Create(new SearchOptions()));
        var runs = 0;

        Search(cache, "hoi nghi", SearchScope.Public, () => runs++);
        Search(cache, "hoi nghi", SearchScope.Public, () => runs++, page: 2);
        Search(cache, "hoi nghi", SearchScope.Public, () => runs++, year: 2024);
        Search(cache, "hoi nghi", new SearchScope(true, null), () => runs++);
        Search(cache, "hoi nghi", new SearchScope(true, null), () => runs++);

        Assert.Equal(5, runs);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void ManyPages_ShouldStayWithinTheMemoryLimit_WhenTheyWeighMoreThanIt()
    {
        _index.Add("Hội nghị tổng kết năm học " + string.Join(' ', Enumerable.Repeat("hội nghị cán bộ công chức viên chức", 200)));
        _index.Commit();
        using var cache = new SearchResultsCache(Options.Create(new SearchOptions { ResultCacheMegabytes = 1 }));
        var page = Search(cache, "hoi nghi", SearchScope.Public, () => { }, pageSize: 1000);
        Assert.Single(page.Hits);
        var weight = SearchResultsCache.Weight("key", page);

        // Far more distinct pages (the same hit, another page size) than fit: before, the cache counted pages (5,000), whatever each one weighed.
        for (var size = 1001; size < 1001 + 4 * (1024 * 1024 / weight); size++)
        {
            Search(cache, "hoi nghi", SearchScope.Public, () => { }, pageSize: size);
        }

        Assert.InRange(cache.Count * weight, 1, 1024 * 1024);
    }

    [Fact]
    public void ZeroEntries_ShouldTurnTheCacheOff()
    {
        _index.Add("Hội nghị tổng kết năm học");
        _index.Commit();
        using var cache = new SearchResultsCache(Options.Create(new SearchOptions { ResultCacheMegabytes = 0 }));
        var runs = 0;

        Search(cache, "hoi nghi", SearchScope.Public, () => runs++);
        Search(cache, "hoi nghi", SearchScope.Public, () => runs++);

        Assert.Equal(2, runs);
    }

    private SearchResults Search(SearchResultsCache cache, string q, SearchScope scope, Action onRun, int page = 1, int? year = null, int pageSize = 10)
    {
        var request = new SearchRequest { Q = q, Page = page, Year = year, PageSize = pageSize };
        return _index.Generation.Search(searcher => cache.GetOrRun(searcher.IndexReader, request, scope, () =>
        {
            onRun();
            return IndexQueries.Run(searcher, request, scope);
        }));
    }

    public void Dispose() => _index.Dispose();
}
