using Portal.Core.Sites;
using Portal.Search.Querying;

namespace CommuneTheme.ViewModels;

public sealed class SearchViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required SearchRequest Request { get; init; }
    public SearchResults? Results { get; init; }
    /// <summary>The box was sent empty (or blank): the reader gets a hint instead of a bare form.</summary>
    public bool BlankQuery { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
}
