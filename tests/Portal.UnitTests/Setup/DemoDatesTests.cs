using Portal.Core.Setup;
using Portal.Core.Time;

namespace Portal.UnitTests.Setup;

public sealed class DemoDatesTests
{
    [Theory]
    // 18:15 UTC is 01:15 the next morning in Vietnam: whole UTC days back would land on the evening before.
    [InlineData("2026-12-03T18:15:00Z", 18, "2026-11-16")]
    [InlineData("2026-12-03T02:00:00Z", 18, "2026-11-15")]
    [InlineData("2026-12-03T16:59:00Z", 1, "2026-12-02")]
    [InlineData("2026-12-03T17:00:00Z", 1, "2026-12-03")]
    public void PublishedUtc_ShouldFallOnTheVietnameseDateDaysAgo_WhateverTheHourOfSeeding(string now, int daysAgo, string expected)
    {
        var nowUtc = DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        for (var itemId = 0; itemId < 7; itemId++)
        {
            var published = DateOnly.FromDateTime(VietnamTime.ToLocal(DemoDates.PublishedUtc(nowUtc, daysAgo, itemId)));

            Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), published);
        }
    }

    [Theory]
    [InlineData("2026-12-03T18:15:00Z")]
    [InlineData("2026-12-03T05:00:00Z")]
    public void EventDate_ShouldBeTheDayBeforeTheNewsIsShownAsPublished_AtAnyHour(string now)
    {
        var nowUtc = DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(nowUtc));

        foreach (var daysAgo in new[] { 1, 5, 18, 120 })
        {
            var published = DateOnly.FromDateTime(VietnamTime.ToLocal(DemoDates.PublishedUtc(nowUtc, daysAgo, itemId: 6)));

            Assert.Equal(published.AddDays(-1), DemoDates.EventDate(today, daysAgo));
        }
    }
}
