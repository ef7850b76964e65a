using CommuneTheme.Services;
using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class HomeViewModel
{
    public required SiteChrome Chrome { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<PublishedContent.Teaser> Latest { get; init; } = [];
    /// <summary>Published banners and links, with their parts; empty when their block is not on the home page.</summary>
    public IReadOnlyList<PublishedContent.Article> Banners { get; init; } = [];
    public IReadOnlyList<PublishedContent.Article> Links { get; init; } = [];
}
