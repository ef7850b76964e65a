using Portal.Core.Time;

namespace CommuneTheme.Services;

/// <summary>Weeks of the work schedule as units plan them: Monday to Sunday, in Vietnam's time zone.</summary>
public static class ScheduleWeek
{
    private static readonly string[] DayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>This week's Monday for a reader in Vietnam, whatever the server's clock zone.</summary>
    public static DateOnly Current(DateTime utcNow) => MondayOf(DateOnly.FromDateTime(VietnamTime.ToLocal(utcNow)));

    public static string DayName(DateOnly day) => DayNames[(int)day.DayOfWeek];
}
