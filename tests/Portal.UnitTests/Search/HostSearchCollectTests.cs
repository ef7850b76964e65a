using Portal.Abstractions.Content;
using Portal.Abstractions.Tenancy;
using Portal.Search;
using Portal.Search.Analysis;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

/// <summary>The host index's one-pass grouping: per-unit counts and best hits, units ranked by best hit, pages of units, units left out.</summary>
public sealed class HostSearchCollectTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
    private readonly HostIndex _index;

    public HostSearchCollectTests()
    {
        _index = new HostIndex(_folder);
    }

    [Fact]
    public void Groups_ShouldHoldEachUnitsCountAndBestHits_RankedByBestHit()
    {
        // Unit u-07 has the query in a title (best), the others only in their text; u-03 has five hits.
        for (var u = 1; u <= 10; u++)
        {
            _index.Add(Unit(u), [Document(1, "Thông báo", "lịch tiếp dân của đơn vị")]);
        }
        _index.Add(Unit(7), [Document(2, "Lịch tiếp dân", "")]);
        _index.Add(Unit(3), Enumerable.Range(2, 4).Select(i => Document(i, $"Tin {i}", "có lịch tiếp dân")));
        _index.Add("u-absent", [Document(1, "Lịch tiếp dân", "lịch tiếp dân")]);
        _index.Refresh();

        var results = Run("lịch tiếp dân", Units(10), page: 1);

        Assert.Equal(10, results.UnitsWithHits);
        Assert.Equal("u-07", results.Groups[0].TenantName);
        Assert.DoesNotContain(results.Groups, g => g.TenantName == "u-absent");
        var u3 = results.Groups.Single(g => g.TenantName == "u-03");
        Assert.Equal(5, u3.Total);
        Assert.Equal(HostSearch.HitsPerUnit, u3.Hits.Count);
        Assert.True(u3.Hits.Zip(u3.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        // Same best score: by name.
        var tied = results.Groups.Skip(1).Where(g => g.TenantName != "u-03").Select(g => g.TenantName).ToList();
        Assert.Equal(tied.Order(StringComparer.Ordinal), tied);
    }

    [Fact]
    public void Pages_ShouldHoldTwentyUnitsEach()
    {
        for (var u = 1; u <= 25; u++)
        {
            _index.Add(Unit(u), [Document(1, $"Hội nghị số {u}", "hội nghị")]);
        }
        _index.Refresh();

        var first = Run("hội nghị", Units(25), page: 1);
        var second = Run("hội nghị", Units(25), page: 2);
        var beyond = Run("hội nghị", Units(25), page: 9);

        Assert.Equal(2, first.PageCount);
        Assert.Equal(HostSearchResults.UnitsPerPage, first.Groups.Count);
        Assert.Equal(5, second.Groups.Count);
        Assert.Empty(first.Groups.Select(g => g.TenantName).Intersect(second.Groups.Select(g => g.TenantName)));
        Assert.Equal(2, beyond.Page);
    }

    [Fact]
    public void ReplacedItems_ShouldNotBeCountedTwice()
    {
        _index.Add(Unit(1), [Document(1, "Hội nghị", "")]);
        _index.Add(Unit(1), [Document(1, "Hội nghị lần hai", "")]);
        _index.Add(Unit(2), [Document(1, "Hội nghị", "")]);
        _index.Refresh();

        var results = Run("hội nghị", Units(2), page: 1);

        Assert.All(results.Groups, g => Assert.Equal(1, g.Total));
    }

    private HostSearchResults Run(string q, IReadOnlyList<TenantDescriptor> units, int page) =>
        _index.Search(s => HostSearch.Collect(s, UserQuery.Parse(q), units, page, [], null));

    private static string Unit(int i) => $"u-{i:00}";

    private static List<TenantDescriptor> Units(int count) =>
        Enumerable.Range(1, count).Select(i => new TenantDescriptor { Name = Unit(i), DisplayName = $"Đơn vị {i}", Template = "commune", UrlPrefix = Unit(i) }).ToList();

    private static SearchDocument Document(int id, string title, string text) => new()
    {
        ItemId = id,
        Scope = SearchFields.PublicScope,
        ContentType = "Article",
        Title = SearchText.Prepare(title),
        Text = SearchText.Prepare(text),
        Slug = $"item-{id}",
        DateUtc = new DateTime(2025, 3, 10, 3, 0, 0, DateTimeKind.Utc),
        Status = (int)ContentStatus.Published,
    };

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
