namespace Editorial.Approval.Definitions;

/// <summary>
/// How long an item may wait in a state, for one content type (or all when null): whole working days, a share of a
/// working day counted inside the unit's office hours (half a working day = 0.5), calendar hours, or calendar days
/// (moved off days off).
/// With <see cref="FromEvent"/>, the time counts from the event the news reports (its "event date"), not from arrival.
/// </summary>
public sealed record ApprovalDeadline(string State, string? ContentType, int? WorkingDays = null, double? WorkingDayShare = null,
    double? CalendarHours = null, int? CalendarDays = null, bool FromEvent = false);
