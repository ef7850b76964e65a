using System.Globalization;

namespace Portal.Core.Time;

/// <summary>Dates as users read them: Asia/Ho_Chi_Minh, dd/MM/yyyy.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string Date(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A calendar date (issue dates, schedule days) has no time zone to convert.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTimeText(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string DateTimeText(DateTime? utc) => utc is null ? "" : DateTimeText(utc.Value);
}
