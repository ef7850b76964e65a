namespace Editorial.Approval.ViewModels;

/// <summary>An item waiting on the current user, with its deadline.</summary>
public sealed record InboxRow(int ContentItemId, string Title, string ContentType, string StateName, DateTime? DueUtc, bool Overdue, IReadOnlyList<string> Actions);
