using CommuneTheme.Services;
using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class HomeViewModel
{
    public required SiteChrome Chrome { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<PublishedContent.Teaser> Latest { get; init; } = [];
    /// <summary>Articles the editors marked featured, newest first; empty when the block is not on the home page.</summary>
    public IReadOnlyList<PublishedContent.Article> Featured { get; init; } = [];
    /// <summary>This week's work schedule, when the block is shown and the unit posted one.</summary>
    public PublishedContent.Article? Schedule { get; init; }
    /// <summary>The newest items of each top-level section that has any, in section order.</summary>
    public IReadOnlyList<(Section Section, IReadOnlyList<PublishedContent.Teaser> Items)> SectionNews { get; init; } = [];
    /// <summary>Published banners and links, with their parts; empty when their block is not on the home page.</summary>
    public IReadOnlyList<PublishedContent.Article> Banners { get; init; } = [];
    public IReadOnlyList<PublishedContent.Article> Links { get; init; } = [];
}
