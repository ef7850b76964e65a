using CommuneTheme.Services;
using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class HomeViewModel
{
    public required SiteChrome Chrome { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<PublishedContent.Teaser> Latest { get; init; } = [];
}
