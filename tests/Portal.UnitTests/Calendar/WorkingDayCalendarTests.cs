using Portal.Core.Calendar;

namespace Portal.UnitTests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private readonly WorkingDayCalendar _calendar = new();

    [Fact]
    public void Tet2027_ShouldBeFiveDaysOff_PlusSubstituteForTheWeekend()
    {
        // Mùng 1 Tết Đinh Mùi is Saturday 6/2/2027; 30 Tết is Friday 5/2.
        var tet = Enumerable.Range(0, 10).Select(i => D(2027, 2, 3).AddDays(i)).Where(d => !_calendar.IsWorkingDay(d)).ToList();

        Assert.True(_calendar.IsWorkingDay(D(2027, 2, 4)));
        Assert.Equal([D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10), D(2027, 2, 11)], tet);
        Assert.True(_calendar.IsWorkingDay(D(2027, 2, 12)));
    }

    [Fact]
    public void Tet2028_ShouldSpanTheLunarNewYear()
    {
        // Mùng 1 Tết Mậu Thân is Wednesday 26/1/2028.
        Assert.False(_calendar.IsWorkingDay(D(2028, 1, 25)));
        Assert.False(_calendar.IsWorkingDay(D(2028, 1, 29)));
        Assert.True(_calendar.IsWorkingDay(D(2028, 1, 24)));
        // Mùng 4 falls on Saturday 29/1: Monday 31/1 is its substitute day off.
        Assert.False(_calendar.IsWorkingDay(D(2028, 1, 31)));
        Assert.True(_calendar.IsWorkingDay(D(2028, 2, 1)));
    }

    [Fact]
    public void AddWorkingDays_ShouldSkipWeekendsAndHolidays_Around30April()
    {
        // Tuesday 28/4/2026 + 3 working days: 29/4 (Wed), then 30/4 and 1/5 are off, the weekend, 4/5 (Mon), 5/5 (Tue).
        Assert.Equal(D(2026, 5, 5), _calendar.AddWorkingDays(D(2026, 4, 28), 3));
    }

    [Fact]
    public void AddWorkingDays_ShouldStartTheDayAfterTheEvent()
    {
        // Friday 20/11/2026 + 1 working day = Monday 23/11.
        Assert.Equal(D(2026, 11, 23), _calendar.AddWorkingDays(D(2026, 11, 20), 1));
    }

    [Fact]
    public void NationalDay_ShouldIncludeAnAdjacentDay()
    {
        // 2/9/2025 is a Tuesday: 1/9 (Monday) is the adjacent day.
        Assert.False(_calendar.IsWorkingDay(D(2025, 9, 1)));
        Assert.False(_calendar.IsWorkingDay(D(2025, 9, 2)));
        Assert.True(_calendar.IsWorkingDay(D(2025, 9, 3)));
        // Seven working days from Friday 29/8/2025 end on Thursday 11/9.
        Assert.Equal(D(2025, 9, 11), _calendar.AddWorkingDays(D(2025, 8, 29), 7));
    }

    [Fact]
    public void AddCalendarDays_ShouldMoveToNextWorkingDay_WhenLastDayIsOff()
    {
        // Three days after Wednesday 27/1/2027 is Saturday 30/1: the period ends Monday 1/2.
        Assert.Equal(D(2027, 2, 1), _calendar.AddCalendarDays(D(2027, 1, 27), 3));
    }

    [Fact]
    public void Overrides_ShouldAddDaysOffAndMakeUpWorkingDays()
    {
        var calendar = new WorkingDayCalendar(extraDaysOff: [D(2026, 11, 24)], extraWorkingDays: [D(2026, 11, 28)]);

        Assert.False(calendar.IsWorkingDay(D(2026, 11, 24)));
        Assert.True(calendar.IsWorkingDay(D(2026, 11, 28)));
    }

    [Fact]
    public void HalfAWorkingDay_ShouldCountOfficeHoursOnly()
    {
        var half = _calendar.OfficeHours.DayLength / 2;

        // Approved at 16:00 on Friday 20/11/2026: one hour that day, 2h45 on Monday from 07:30.
        var deadline = _calendar.AddWorkingTime(new DateTime(2026, 11, 20, 16, 0, 0), half);

        Assert.Equal(TimeSpan.FromHours(3.75), half);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 15, 0), deadline);
    }

    [Fact]
    public void OfficeHours_ShouldRefuseMalformedText_WithVietnameseMessage()
    {
        var error = Assert.Throws<FormatException>(() => OfficeHours.Parse("7h30 đến 11h30"));

        Assert.Contains("Giờ làm việc", error.Message);
    }
}
