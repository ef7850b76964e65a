namespace Editorial.Approval.ViewModels;

/// <summary>One page of a user's inbox and the count of all items waiting on them.</summary>
public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total, int Page, int PageCount);
