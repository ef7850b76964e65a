using CommuneTheme.Services;
using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class SectionViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required Section Section { get; init; }
    public IReadOnlyList<Section> Children { get; init; } = [];
    public IReadOnlyList<PublishedContent.Teaser> Items { get; init; } = [];
    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
}
