using Editorial.Approval.Models;

namespace Editorial.Approval.ViewModels;

/// <summary>The user's inbox: items waiting on them and their latest reminders.</summary>
public sealed record InboxViewModel(IReadOnlyList<InboxRow> Rows, IReadOnlyList<WorkflowNotice> Notices);
