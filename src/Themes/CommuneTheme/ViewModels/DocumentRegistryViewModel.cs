using CommuneTheme.Services;

namespace CommuneTheme.ViewModels;

public sealed class DocumentRegistryViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required DocumentRegistry.Filter Filter { get; init; }
    public required DocumentRegistry.Result Result { get; init; }
    public int Page { get; init; } = 1;
    public int PageCount { get; init; } = 1;
}
