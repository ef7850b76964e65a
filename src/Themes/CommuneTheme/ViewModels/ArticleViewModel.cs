using CommuneTheme.Services;
using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class ArticleViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required PublishedContent.Article Article { get; init; }
    public Section? Section { get; init; }
}
