using System.Globalization;
using Portal.Core.Calendar;

namespace Portal.UnitTests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    // 2030: the new moon falls at 23:07 on 2/2 in UTC+7 but after midnight in China, so Vietnam's Tết is a day earlier.
    [InlineData(2030, "2030-02-02")]
    public void NewYear_ShouldMatchVietnameseTet(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.NewYear(year));
    }

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    public void NewYear_ShouldDifferFromChineseCalendar_InYearsWhereUtc7Matters(int year, string vietnamese, string chinese)
    {
        var chineseCalendar = new ChineseLunisolarCalendar();

        var ours = VietnameseLunarCalendar.NewYear(year);
        var theirs = DateOnly.FromDateTime(chineseCalendar.ToDateTime(year, 1, 1, 0, 0, 0, 0));

        Assert.Equal(DateOnly.Parse(vietnamese, CultureInfo.InvariantCulture), ours);
        Assert.Equal(DateOnly.Parse(chinese, CultureInfo.InvariantCulture), theirs);
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    public void HungKingsDay_ShouldBeTenthOfThirdLunarMonth(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToSolar(10, 3, year));
    }

    [Fact]
    public void FromSolar_ShouldRoundTrip_OverSeveralYears()
    {
        for (var date = new DateOnly(2020, 1, 1); date < new DateOnly(2031, 1, 1); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar.Day, lunar.Month, lunar.Year, lunar.IsLeapMonth));
        }
    }

    [Fact]
    public void FromSolar_ShouldFindLeapMonth_In2025()
    {
        // 2025 has a leap sixth month (tháng 6 nhuận) starting on 25/7/2025.
        var lunar = VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 25));

        Assert.Equal(new VietnameseLunarCalendar.LunarDate(1, 6, 2025, true), lunar);
    }
}
