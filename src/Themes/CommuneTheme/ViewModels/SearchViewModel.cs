using Portal.Core.Sites;
using Portal.Search.Querying;

namespace CommuneTheme.ViewModels;

public sealed class SearchViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required SearchRequest Request { get; init; }
    public SearchResults? Results { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
}
