namespace Editorial.Approval.ViewModels;

/// <summary>The user's inbox: one page of items waiting on them and their latest notices.</summary>
public sealed record InboxViewModel(InboxPage Page, IReadOnlyList<InboxNotice> Notices);
