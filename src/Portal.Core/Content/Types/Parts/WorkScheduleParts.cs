namespace Portal.Core.Content.Types.Parts;

/// <summary>The leaders' weekly work schedule (lịch công tác tuần).</summary>
public sealed record WorkScheduleParts
{
    public DateOnly? WeekStart { get; init; }
    public List<ScheduleEntry> Entries { get; init; } = [];
}

/// <summary>One engagement of the week.</summary>
public sealed record ScheduleEntry
{
    public DateOnly? Day { get; init; }
    public string? Time { get; init; }
    public string? Content { get; init; }
    public string? Place { get; init; }
    public string? Chair { get; init; }
    public string? Participants { get; init; }
}
