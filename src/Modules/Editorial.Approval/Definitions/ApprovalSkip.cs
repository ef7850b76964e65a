namespace Editorial.Approval.Definitions;

/// <summary>
/// Items from <paramref name="Source"/> (when set) of the listed content types (when set) pass straight through
/// <paramref name="States"/>: e.g. items edited by the district media centre skip the commune's field review (seed 000 item 2).
/// </summary>
public sealed record ApprovalSkip(string? Source, IReadOnlyList<string>? ContentTypes, IReadOnlyList<string> States)
{
    public bool Matches(string contentType, string? source) =>
        (Source is null || Source == source) && (ContentTypes is null || ContentTypes.Count == 0 || ContentTypes.Contains(contentType));
}
