namespace Editorial.Approval.ViewModels;

/// <summary>A notice as the inbox shows it: its text already in the reader's culture.</summary>
public sealed record InboxNotice(int ContentItemId, string Text, DateTime CreatedUtc);
