using Portal.Core.Errors;

namespace CommuneTheme.ViewModels;

/// <summary>An error answer drawn as a page of the unit's site.</summary>
public sealed class ErrorViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required ErrorPage Page { get; init; }
}
