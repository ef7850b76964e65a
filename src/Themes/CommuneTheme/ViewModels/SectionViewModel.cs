using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class SectionViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required Section Section { get; init; }
    public IReadOnlyList<Section> Children { get; init; } = [];
}
