using Editorial.Approval.Definitions;
using Portal.Core.Calendar;
using Portal.Core.Time;

namespace Editorial.Approval.Engine;

/// <summary>
/// When an item entering a state is due, by the flow's deadlines and the unit's working-day calendar. A rule
/// for the content type wins over a general one; a rule counted from the event applies only when the item
/// names its event date. Whole-day deadlines end at the close of the last office period of that day.
/// </summary>
public static class DeadlineRules
{
    public static DateTime? Due(ApprovalDefinition flow, string state, string contentType, DateTime enteredUtc, DateOnly? eventDate, WorkingDayCalendar calendar)
    {
        var rule = flow.Deadlines
            .Where(d => d.State == state && (d.ContentType is null || d.ContentType == contentType) && (!d.FromEvent || eventDate is not null))
            .OrderBy(d => d.ContentType is null ? 1 : 0)
            .ThenBy(d => d.FromEvent ? 0 : 1)
            .FirstOrDefault();
        if (rule is null)
        {
            return null;
        }
        var startLocal = rule.FromEvent && eventDate is { } day ? day.ToDateTime(TimeOnly.MinValue) : VietnamTime.ToLocal(enteredUtc);
        var startDay = DateOnly.FromDateTime(startLocal);
        DateTime dueLocal;
        if (rule.WorkingDays is { } workingDays)
        {
            dueLocal = EndOfOfficeDay(calendar, calendar.AddWorkingDays(startDay, workingDays));
        }
        else if (rule.WorkingDayShare is { } share)
        {
            dueLocal = calendar.AddWorkingTime(startLocal, calendar.OfficeHours.DayLength * share);
        }
        else if (rule.CalendarDays is { } days)
        {
            dueLocal = EndOfOfficeDay(calendar, calendar.AddCalendarDays(startDay, days));
        }
        else if (rule.CalendarHours is { } calendarHours)
        {
            dueLocal = startLocal.AddHours(calendarHours);
        }
        else
        {
            return null;
        }
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(dueLocal, DateTimeKind.Unspecified), VietnamTime.Zone);
    }

    private static DateTime EndOfOfficeDay(WorkingDayCalendar calendar, DateOnly day) =>
        day.ToDateTime(calendar.OfficeHours.Periods[^1].End);
}
