namespace Portal.Core.Calendar;

/// <summary>
/// Working days of a Vietnamese state office: Monday–Friday minus public holidays (Labour Code 2019
/// Art. 112, lunar dates computed), minus substitute days for holidays falling on a weekend, adjusted
/// by a unit's per-year overrides (extra days off, make-up working days). Deadlines follow Civil Code
/// 2015 Arts. 147–148: a period starts the day after the event and ends at the end of its last day,
/// moved to the next working day when that day is not one.
/// </summary>
public sealed class WorkingDayCalendar(IEnumerable<DateOnly>? extraDaysOff = null, IEnumerable<DateOnly>? extraWorkingDays = null, OfficeHours? officeHours = null)
{
    private readonly HashSet<DateOnly> _extraDaysOff = [.. extraDaysOff ?? []];
    private readonly HashSet<DateOnly> _extraWorkingDays = [.. extraWorkingDays ?? []];
    private readonly Dictionary<int, HashSet<DateOnly>> _holidaysByYear = [];

    public OfficeHours OfficeHours { get; } = officeHours ?? OfficeHours.Default;

    /// <summary>The computed holidays of a year, substitute days included, before the unit's overrides.</summary>
    public static IReadOnlyList<Holiday> DefaultHolidays(int year)
    {
        var tet = VietnameseLunarCalendar.NewYear(year);
        var hungKings = VietnameseLunarCalendar.ToSolar(10, 3, year);
        var nationalDay = new DateOnly(year, 9, 2);
        var nationalDayAdjacent = nationalDay.DayOfWeek switch
        {
            // The government picks the adjacent day each year; default to the one that joins a weekend.
            DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => nationalDay.AddDays(1),
            _ => nationalDay.AddDays(-1),
        };
        var holidays = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Tết Dương lịch"),
            new(tet.AddDays(-1), "Tết Nguyên đán (30 Tết)"),
            new(tet, "Tết Nguyên đán (mùng 1)"),
            new(tet.AddDays(1), "Tết Nguyên đán (mùng 2)"),
            new(tet.AddDays(2), "Tết Nguyên đán (mùng 3)"),
            new(tet.AddDays(3), "Tết Nguyên đán (mùng 4)"),
            new(hungKings, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            new(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)"),
            new(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"),
            new(nationalDay, "Quốc khánh (2/9)"),
            new(nationalDayAdjacent, "Quốc khánh (ngày liền kề)"),
        };

        // A holiday on a weekend gives a substitute day off on the next day that is neither weekend nor holiday.
        var taken = holidays.Select(h => h.Date).ToHashSet();
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)).OrderBy(h => h.Date).ToList())
        {
            var substitute = holiday.Date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }
            taken.Add(substitute);
            holidays.Add(new Holiday(substitute, "Nghỉ bù " + holiday.Name));
        }
        return holidays.OrderBy(h => h.Date).ToList();
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (_extraWorkingDays.Contains(date))
        {
            return true;
        }
        if (IsWeekend(date) || _extraDaysOff.Contains(date))
        {
            return false;
        }
        return !HolidaySet(date.Year).Contains(date);
    }

    /// <summary>The last day of a period of <paramref name="workingDays"/> working days counted from the day after <paramref name="eventDate"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly eventDate, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = eventDate;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>The last day of a period of calendar days, moved to the next working day if it falls on a day off.</summary>
    public DateOnly AddCalendarDays(DateOnly eventDate, int days)
    {
        var day = eventDate.AddDays(days);
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    /// <summary>
    /// Adds working time counted only inside office hours of working days (e.g. "half a working day"
    /// = <c>OfficeHours.DayLength / 2</c>). Times are local (Asia/Ho_Chi_Minh).
    /// </summary>
    public DateTime AddWorkingTime(DateTime localStart, TimeSpan duration)
    {
        var remaining = duration;
        var day = DateOnly.FromDateTime(localStart);
        var from = TimeOnly.FromDateTime(localStart);
        while (true)
        {
            if (IsWorkingDay(day))
            {
                foreach (var (start, end) in OfficeHours.Periods)
                {
                    var begin = from > start ? from : start;
                    if (begin >= end)
                    {
                        continue;
                    }
                    var available = end - begin;
                    if (remaining <= available)
                    {
                        return day.ToDateTime(begin).Add(remaining);
                    }
                    remaining -= available;
                }
            }
            day = day.AddDays(1);
            from = TimeOnly.MinValue;
        }
    }

    private HashSet<DateOnly> HolidaySet(int year)
    {
        lock (_holidaysByYear)
        {
            if (!_holidaysByYear.TryGetValue(year, out var set))
            {
                _holidaysByYear[year] = set = DefaultHolidays(year).Select(h => h.Date).ToHashSet();
            }
            return set;
        }
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
