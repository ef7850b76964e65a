using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Portal.Abstractions.Content;
using Portal.Core.Time;
using static Editorial.Approval.Services.NoticeMessage;

namespace Editorial.Approval.Services;

/// <summary>
/// What an item's people are told when it enters a state: those who must act get "waiting for you", the author and
/// other listed roles get what happened (a refusal names its reason (a)–(g) and the comment, a return its comment).
/// Vietnamese templates with their arguments (<see cref="NoticeMessage"/>), so the inbox can show them in English too.
/// </summary>
public static class StepNotices
{
    public static NoticeMessage Waiting(string title, ApprovalState state, DateTime? dueUtc) => dueUtc is { } due
        ? Of(Part("“{0}” chờ bạn xử lý ở bước “{1}”, hạn {2}.", new(title), new(state.Name, true), new(VietnamTime.DateTimeText(due))))
        : Of(Part("“{0}” chờ bạn xử lý ở bước “{1}”.", new(title), new(state.Name, true)));

    public static string NewsSubject(ApprovalState state) => state.Status switch
    {
        ContentStatus.Rejected => "Tin, bài bị từ chối đăng",
        ContentStatus.Returned => "Tin, bài được trả lại để bổ sung",
        ContentStatus.Published => "Tin, bài đã được đăng",
        _ => "Tin, bài chuyển bước xử lý",
    };

    public static NoticeMessage News(string title, ApprovalState state, WorkflowStep step)
    {
        NoticePart[] comment = step.Comment is { Length: > 0 } c ? [Part(" Ý kiến: {0}", new NoticeArg(c))] : [];
        return state.Status switch
        {
            ContentStatus.Rejected => Of([
                Part("“{0}” đã bị từ chối đăng.", new NoticeArg(title)),
                .. step.ReasonCode is { } code && RefusalReasons.All.TryGetValue(code, out var reason) ? [Part(" Lý do: {0}.", new NoticeArg(reason, true))] : Array.Empty<NoticePart>(),
                .. comment]),
            ContentStatus.Returned => Of([Part("“{0}” được trả lại để bổ sung.", new NoticeArg(title)), .. comment, Part(" Hãy sửa rồi gửi lại.")]),
            ContentStatus.Published => Of([Part("“{0}” đã được đăng.", new NoticeArg(title)), .. comment]),
            _ => Of([Part("“{0}”: {1}, nay ở bước “{2}”.", new NoticeArg(title), new NoticeArg(ApprovalActions.Name(step.Action), true), new NoticeArg(state.Name, true)), .. comment]),
        };
    }

    /// <summary>What those who must act are asked, in the mail: the steps they may take (work first), and the deadline.</summary>
    public static string WaitingAsk(IReadOnlyList<string> actions, DateTime? dueUtc)
    {
        var ask = $"Việc cần làm: {string.Join("; ", actions.Select(ApprovalActions.Name))}.";
        return dueUtc is { } due ? $"{ask} Hạn xử lý: {VietnamTime.DateTimeText(due)}." : ask;
    }

    /// <summary>What a message about what happened asks of its reader: the author of a refusal or a return may act; the others are told only.</summary>
    public static string NewsAsk(ApprovalState state, bool toAuthor) => (toAuthor, state.Status) switch
    {
        (true, ContentStatus.Returned) => "Việc cần làm: bổ sung, làm rõ theo ý kiến trên rồi bấm “Gửi lại sau khi bổ sung”.",
        (true, ContentStatus.Rejected) => "Bài không được đăng. Nếu sửa được theo ý kiến trên, bạn có thể sửa rồi gửi duyệt lại.",
        (true, ContentStatus.Published) => "Bạn không cần làm gì thêm: bài đã lên trang.",
        _ => "Để bạn biết; bạn không cần làm gì ở bước này.",
    };

    /// <summary>What the deadline job's mail asks: act before the deadline, or — past it — act now or see that someone does.</summary>
    public static string DeadlineAsk(bool escalate) => escalate
        ? "Việc cần làm: xử lý ngay; Trưởng ban đôn đốc người xử lý hoặc giao cho người khác."
        : "Việc cần làm: xử lý bài trước hạn trên.";

    /// <summary>The deadline job's reminder before the deadline, or its escalation after it.</summary>
    public static NoticeMessage Deadline(int contentItemId, ApprovalState? state, string stateCode, DateTime? dueUtc, bool escalate) =>
        Of(Part(escalate
                ? "Quá hạn xử lý: nội dung #{0} ở bước “{1}” đã quá hạn từ {2}."
                : "Sắp đến hạn: nội dung #{0} ở bước “{1}” cần xử lý trước {2}.",
            new NoticeArg(contentItemId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new NoticeArg(state?.Name ?? stateCode, state is not null),
            new NoticeArg(VietnamTime.DateTimeText(dueUtc))));
}
