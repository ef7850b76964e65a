using Portal.Abstractions.Content;
using Portal.Search.Analysis;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

/// <summary>A real on-disk index generation in a temporary folder, filled with published test documents.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
    private int _nextId = 1;

    public TestIndex()
    {
        Generation = IndexGeneration.Open(_folder);
    }

    public IndexGeneration Generation { get; }

    /// <summary>Adds a published article (text prepared as the builder prepares it) and returns its id.</summary>
    public int Add(string title, string text = "", string type = "Article", int? section = null, DateTime? date = null, string scope = SearchFields.PublicScope, string? owner = null, int? id = null)
    {
        var itemId = id ?? _nextId++;
        Generation.Replace(itemId,
        [
            new SearchDocument
            {
                ItemId = itemId,
                Scope = scope,
                ContentType = type,
                Title = SearchText.Prepare(title),
                Text = SearchText.Prepare(text),
                Slug = $"item-{itemId}",
                SectionId = section,
                DateUtc = date ?? new DateTime(2025, 3, 10, 3, 0, 0, DateTimeKind.Utc),
                OwnerId = owner,
                Status = (int)ContentStatus.Published,
            },
        ]);
        return itemId;
    }

    public TestIndex Commit(long cursor = 1)
    {
        Generation.Commit(cursor);
        return this;
    }

    public SearchResults Search(string? q, SearchScope? scope = null, string? type = null, int? year = null, int? section = null) =>
        Generation.Search(s => IndexQueries.Run(s, new SearchRequest { Q = q, Type = type, Year = year, SectionId = section, PageSize = 20 }, scope ?? SearchScope.Public));

    public List<int> Ids(string? q, SearchScope? scope = null) => Search(q, scope).Hits.Select(h => h.ItemId).ToList();

    public void Dispose()
    {
        Generation.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder.
        }
    }
}
