using CommuneTheme.Services;

namespace CommuneTheme.ViewModels;

public sealed class AlbumListViewModel
{
    public required SiteChrome Chrome { get; init; }
    public IReadOnlyList<PublishedContent.Article> Albums { get; init; } = [];
    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
}
