using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Calendar;

/// <summary>
/// The current unit's working-day calendar: public holidays plus its own settings — office hours
/// ("OfficeHours"), extra days off ("ExtraDaysOff") and make-up working days ("MakeUpWorkingDays"), dates as
/// dd/MM/yyyy separated by commas. A malformed setting falls back to the default rather than stopping deadlines.
/// </summary>
public sealed class TenantCalendar(TenantDbContext db)
{
    public const string OfficeHoursKey = "OfficeHours";
    public const string ExtraDaysOffKey = "ExtraDaysOff";
    public const string MakeUpWorkingDaysKey = "MakeUpWorkingDays";

    private WorkingDayCalendar? _calendar;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_calendar is not null)
        {
            return _calendar;
        }
        var settings = await db.Settings.AsNoTracking()
            .Where(s => s.Key == OfficeHoursKey || s.Key == ExtraDaysOffKey || s.Key == MakeUpWorkingDaysKey)
            .ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        return _calendar = From(settings);
    }

    public static WorkingDayCalendar From(IReadOnlyDictionary<string, string> settings)
    {
        OfficeHours? hours = null;
        if (settings.TryGetValue(OfficeHoursKey, out var text))
        {
            try
            {
                hours = OfficeHours.Parse(text);
            }
            catch (FormatException)
            {
                hours = null;
            }
        }
        return new WorkingDayCalendar(Dates(settings, ExtraDaysOffKey), Dates(settings, MakeUpWorkingDaysKey), hours);
    }

    /// <summary>Parses "dd/MM/yyyy, dd/MM/yyyy"; returns the dates or the Vietnamese message for the first bad one.</summary>
    public static (IReadOnlyList<DateOnly> Dates, string? Error) ParseDates(string? text)
    {
        var dates = new List<DateOnly>();
        foreach (var part in (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DateOnly.TryParseExact(part, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return ([], $"Ngày “{part}” không hợp lệ; hãy viết theo dạng ngày/tháng/năm, ví dụ 02/01/2027.");
            }
            dates.Add(date);
        }
        return (dates, null);
    }

    private static IEnumerable<DateOnly> Dates(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var text) ? ParseDates(text).Dates : [];
}
