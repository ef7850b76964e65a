using CommuneTheme.Services;

namespace CommuneTheme.ViewModels;

public sealed class ScheduleViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required DateOnly Monday { get; init; }
    public bool IsThisWeek { get; init; }
    /// <summary>The address named a week that is not a date; this week is shown instead.</summary>
    public bool InvalidWeek { get; init; }
    /// <summary>The address named a date outside <see cref="Portal.Core.Time.DateBounds"/>; this week is shown instead.</summary>
    public bool WeekOutOfRange { get; init; }
    /// <summary>The week's published schedule, or null when the unit posted none.</summary>
    public PublishedContent.Article? Schedule { get; init; }
}
