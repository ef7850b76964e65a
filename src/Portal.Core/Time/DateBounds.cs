namespace Portal.Core.Time;

/// <summary>
/// The dates the portal takes from an address or a form: wide enough for any real document, schedule or log, and far
/// enough inside DateOnly's range that a week before or after, a day on, or a time-zone shift never overflows
/// (0001-01-01 minus a week and 9999-12-31 plus a day throw).
/// </summary>
public static class DateBounds
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>Shown when a date is outside <see cref="Earliest"/>–<see cref="Latest"/>.</summary>
    public const string Message = "Ngày phải nằm trong khoảng từ 01/01/1900 đến 31/12/2199.";

    public static bool Contains(DateOnly day) => day >= Earliest && day <= Latest;
}
