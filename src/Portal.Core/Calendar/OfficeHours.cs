using System.Globalization;

namespace Portal.Core.Calendar;

/// <summary>A unit's working hours in a day, e.g. "07:30-11:30,13:30-17:00" (a tenant setting).</summary>
public sealed record OfficeHours(IReadOnlyList<(TimeOnly Start, TimeOnly End)> Periods)
{
    public static OfficeHours Default { get; } = Parse("07:30-11:30,13:30-17:00");

    public TimeSpan DayLength => Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.End - p.Start));

    public static OfficeHours Parse(string text)
    {
        var periods = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p =>
            {
                var parts = p.Split('-', StringSplitOptions.TrimEntries);
                if (parts.Length != 2
                    || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                    || end <= start)
                {
                    throw new FormatException($"Giờ làm việc “{p}” không hợp lệ; ví dụ đúng: 07:30-11:30,13:30-17:00.");
                }
                return (start, end);
            })
            .OrderBy(p => p.start)
            .ToList();
        if (periods.Count == 0)
        {
            throw new FormatException("Vui lòng nhập giờ làm việc, ví dụ 07:30-11:30,13:30-17:00.");
        }
        return new OfficeHours(periods);
    }
}
