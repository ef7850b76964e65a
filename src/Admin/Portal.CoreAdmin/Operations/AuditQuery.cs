using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Time;
using Portal.CoreAdmin.ViewModels;

namespace Portal.CoreAdmin.Operations;

/// <summary>Applies the audit page's filters; shared by the page and the CSV export so both show the same rows.</summary>
public static class AuditQuery
{
    public static IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events, AuditFilter filter)
    {
        // Days are Vietnamese calendar days: 01/05 means 00:00–24:00 in Asia/Ho_Chi_Minh.
        if (filter.From is { } from)
        {
            var fromUtc = LocalMidnightToUtc(from);
            events = events.Where(e => e.TimestampUtc >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = LocalMidnightToUtc(to.AddDays(1));
            events = events.Where(e => e.TimestampUtc < toUtc);
        }
        if (Pattern(filter.User) is { } user)
        {
            events = events.Where(e => EF.Functions.Like(e.UserName, user, "\\") || EF.Functions.Like(e.OnBehalfOf, user, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var category = filter.Category.Trim();
            events = events.Where(e => e.Category == category);
        }
        if (Pattern(filter.Action) is { } action)
        {
            events = events.Where(e => EF.Functions.Like(e.Action, action, "\\"));
        }
        if (Pattern(filter.Ip) is { } ip)
        {
            events = events.Where(e => EF.Functions.Like(e.IpAddress, ip, "\\"));
        }
        if (Pattern(filter.Text) is { } text)
        {
            events = events.Where(e => EF.Functions.Like(e.Subject, text, "\\") || EF.Functions.Like(e.Details, text, "\\") || EF.Functions.Like(e.Action, text, "\\"));
        }
        return events.OrderByDescending(e => e.TimestampUtc).ThenByDescending(e => e.Id);
    }

    private static DateTime LocalMidnightToUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTime.Zone);

    /// <summary>A LIKE "contains" pattern with the user's % and _ taken literally; null when the filter is empty.</summary>
    private static string? Pattern(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var escaped = value.Trim().Normalize().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
