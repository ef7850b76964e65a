namespace Portal.Core.Setup;

/// <summary>
/// When a demo item is shown as published and when the event it reports happened. Counted in Vietnam's calendar: a UTC
/// time minus whole days lands on the previous Vietnamese date in the evening (UTC 17:00 is midnight in Vietnam), which
/// made a seed run at night date the news on its own event's day.
/// </summary>
public static class DemoDates
{
    /// <summary>First office hour a demo item is published at; items spread over the following six hours.</summary>
    private const int FirstHour = 8;

    /// <summary>The UTC time of <paramref name="daysAgo"/> Vietnamese days before <paramref name="nowUtc"/>, in office hours.</summary>
    public static DateTime PublishedUtc(DateTime nowUtc, int daysAgo, int itemId)
    {
        var today = DateOnly.FromDateTime(Time.VietnamTime.ToLocal(nowUtc));
        var local = today.AddDays(-daysAgo).ToDateTime(new TimeOnly(FirstHour + (itemId % 7), 0), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, Time.VietnamTime.Zone);
    }

    /// <summary>The day before the news: an item of today still reports yesterday's event.</summary>
    public static DateOnly EventDate(DateOnly today, int daysAgo) => today.AddDays(-(Math.Max(daysAgo, 0) + 1));
}
