using Cronos;
using Portal.Core.Time;

namespace Portal.Core.Jobs;

/// <summary>Five-field cron expressions evaluated in Vietnam time, with Vietnamese validation messages.</summary>
public static class CronSchedule
{
    public static bool TryParse(string? expression, out CronExpression? cron, out string? error)
    {
        cron = null;
        error = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            error = "Vui lòng nhập biểu thức lịch chạy (cron), ví dụ “0 2 * * 0” (2 giờ sáng Chủ nhật).";
            return false;
        }
        try
        {
            cron = CronExpression.Parse(expression.Trim(), CronFormat.Standard);
            return true;
        }
        catch (CronFormatException)
        {
            error = $"Biểu thức lịch chạy “{expression}” không hợp lệ. Dùng 5 trường: phút giờ ngày tháng thứ, ví dụ “0 2 * * 0”.";
            return false;
        }
    }

    public static DateTime? Next(string expression, DateTime fromUtc)
    {
        var cron = CronExpression.Parse(expression, CronFormat.Standard);
        return cron.GetNextOccurrence(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), VietnamTime.Zone);
    }
}
