using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Portal.Abstractions.Content;
using Portal.Core.Time;

namespace Editorial.Approval.Services;

/// <summary>
/// The Vietnamese wording of what an item's people are told when it enters a state: those who must act get
/// "waiting for you", the author and other listed roles get what happened (a refusal names its reason (a)–(g)
/// and the comment, a return its comment).
/// </summary>
public static class StepNotices
{
    // The notice column holds 1,000 characters; a 2,000-character comment is cut, the mail keeps the same text.
    private const int MaxLength = 1000;

    public static string Waiting(string title, FlowState state, DateTime? dueUtc) =>
        Cut($"“{title}” chờ bạn xử lý ở bước “{state.Name}”" + (dueUtc is { } due ? $", hạn {VietnamTime.DateTimeText(due)}." : "."));

    public static string NewsSubject(FlowState state) => state.Status switch
    {
        ContentStatus.Rejected => "Tin, bài bị từ chối đăng",
        ContentStatus.Returned => "Tin, bài được trả lại để bổ sung",
        ContentStatus.Published => "Tin, bài đã được đăng",
        _ => "Tin, bài chuyển bước xử lý",
    };

    public static string News(string title, FlowState state, WorkflowStep step)
    {
        var comment = step.Comment is { Length: > 0 } c ? $" Ý kiến: {c}" : "";
        return Cut(state.Status switch
        {
            ContentStatus.Rejected => $"“{title}” đã bị từ chối đăng."
                + (step.ReasonCode is { } code && RefusalReasons.All.TryGetValue(code, out var reason) ? $" Lý do: {reason}." : "") + comment,
            ContentStatus.Returned => $"“{title}” được trả lại để bổ sung.{comment} Hãy sửa rồi gửi lại.",
            ContentStatus.Published => $"“{title}” đã được đăng.{comment}",
            _ => $"“{title}”: {FlowActions.Name(step.Action)}, nay ở bước “{state.Name}”.{comment}",
        });
    }

    private static string Cut(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
