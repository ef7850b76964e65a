using System.Globalization;
using Portal.Core.Time;

namespace Portal.ContentAdmin.Content;

/// <summary>Scheduled times as editors type them (Vietnam time, "yyyy-MM-ddTHH:mm" from the browser or dd/MM/yyyy HH:mm) and back.</summary>
public static class ScheduleTimes
{
    private static readonly string[] Formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"];

    /// <summary>Null for a blank box; false when the text is not a time.</summary>
    public static bool TryParseUtc(string? text, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }
        utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Zone);
        return true;
    }

    /// <summary>The value of a datetime-local input.</summary>
    public static string Input(DateTime? utc) =>
        utc is null ? "" : VietnamTime.ToLocal(utc.Value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}
