namespace Portal.Core.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar, computed for UTC+7 from astronomical new moons and solar terms
/// (J. Meeus, "Astronomical Algorithms"; the method popularised for Vietnam by Hồ Ngọc Đức). .NET's
/// ChineseLunisolarCalendar uses UTC+8 and gives a different Tết in some years (e.g. 1985, 2007).
/// </summary>
public static class VietnameseLunarCalendar
{
    private const double TimeZone = 7.0;

    /// <summary>A lunar date: day, month (1–12), year, and whether the month is a leap month.</summary>
    public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth);

    public static LunarDate FromSolar(DateOnly date)
    {
        var dayNumber = JulianDay(date);
        var k = (int)Math.Floor((dayNumber - 2415021.076998695) / 29.530588853);
        var monthStart = NewMoonDay(k + 1);
        if (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k);
        }
        var a11 = LunarMonth11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1);
        }
        var day = dayNumber - monthStart + 1;
        var diff = (int)Math.Floor((monthStart - a11) / 29.0);
        var isLeap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (diff >= leapOffset)
            {
                month = diff + 10;
                isLeap = diff == leapOffset;
            }
        }
        if (month > 12)
        {
            month -= 12;
        }
        if (month >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }
        return new LunarDate(day, month, lunarYear, isLeap);
    }

    public static DateOnly ToSolar(int lunarDay, int lunarMonth, int lunarYear, bool isLeapMonth = false)
    {
        int a11, b11;
        if (lunarMonth < 11)
        {
            a11 = LunarMonth11(lunarYear - 1);
            b11 = LunarMonth11(lunarYear);
        }
        else
        {
            a11 = LunarMonth11(lunarYear);
            b11 = LunarMonth11(lunarYear + 1);
        }
        var k = (int)Math.Floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
        var offset = lunarMonth - 11;
        if (offset < 0)
        {
            offset += 12;
        }
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }
            if (isLeapMonth && lunarMonth != leapMonth)
            {
                throw new ArgumentException($"Năm âm lịch {lunarYear} không có tháng {lunarMonth} nhuận.");
            }
            if (isLeapMonth || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (isLeapMonth)
        {
            throw new ArgumentException($"Năm âm lịch {lunarYear} không có tháng nhuận.");
        }
        var monthStart = NewMoonDay(k + offset);
        return FromJulianDay(monthStart + lunarDay - 1);
    }

    /// <summary>The first day of the lunar year (mùng 1 Tết) that begins in <paramref name="solarYear"/>.</summary>
    public static DateOnly NewYear(int solarYear) => ToSolar(1, 1, solarYear);

    private static int JulianDay(DateOnly date) => date.DayNumber + 1721426;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - 1721426);

    /// <summary>Julian day (local, UTC+7) of the k-th new moon after 1900-01-01.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZone / 24.0);

    private static double NewMoon(int k)
    {
        const double dr = Math.PI / 180;
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                  + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m)
                 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr)
                 - 0.0004 * Math.Sin(dr * 3 * mpr) + 0.0104 * Math.Sin(dr * 2 * f)
                 - 0.0051 * Math.Sin(dr * (m + mpr)) - 0.0074 * Math.Sin(dr * (m - mpr))
                 + 0.0004 * Math.Sin(dr * (2 * f + m)) - 0.0004 * Math.Sin(dr * (2 * f - m))
                 - 0.0006 * Math.Sin(dr * (2 * f + mpr)) + 0.0010 * Math.Sin(dr * (2 * f - mpr))
                 + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>Sun's longitude at local midnight of a Julian day, as one of 12 sectors (solar terms).</summary>
    private static int SunSector(int julianDay) => (int)Math.Floor(SunLongitude(julianDay - 0.5 - TimeZone / 24.0) / Math.PI * 6);

    private static double SunLongitude(double jdn)
    {
        const double dr = Math.PI / 180;
        var t = (jdn - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m)
                 + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return l;
    }

    /// <summary>Start of the lunar month containing the winter solstice (month 11) of a solar year.</summary>
    private static int LunarMonth11(int year)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(off / 29.530588853);
        var nm = NewMoonDay(k);
        return SunSector(nm) >= 9 ? NewMoonDay(k - 1) : nm;
    }

    /// <summary>Index (after month 11) of the leap month: the first month without a major solar term.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
