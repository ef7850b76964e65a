using Portal.Core.Time;

namespace Portal.UnitTests.Errors;

public sealed class DateBoundsTests
{
    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("2026-05-01", true)]
    [InlineData("2199-12-31", true)]
    [InlineData("1899-12-31", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void Contains_ShouldAcceptRealDates_AndRefuseTheEdgesOfTheCalendar(string day, bool expected)
    {
        Assert.Equal(expected, DateBounds.Contains(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Bounds_ShouldLeaveRoomForAWeekAndATimeZoneEitherSide()
    {
        var before = DateBounds.Earliest.AddDays(-7).ToDateTime(TimeOnly.MinValue).AddHours(-7);
        var after = DateBounds.Latest.AddDays(8).ToDateTime(TimeOnly.MaxValue).AddHours(7);

        Assert.True(before < after);
    }
}
