using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class HomeViewModel
{
    public required SiteChrome Chrome { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
}
