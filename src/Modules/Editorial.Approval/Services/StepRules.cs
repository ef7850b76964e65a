using System.Globalization;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Microsoft.Extensions.Localization;
using Portal.Core.Time;

namespace Editorial.Approval.Services;

/// <summary>
/// What each step needs besides the right to take it: a refusal reason (a)–(g) and a comment, a comment to return
/// or take down, an existing field or assignee, a publish time in the future, and the content checks before
/// approving or publishing. Messages are Vietnamese, in English through the localizer; any error means the step changes nothing.
/// </summary>
public sealed class StepRules(ApprovalChecks checks, ActorDirectory directory, TimeProvider clock, IStringLocalizer<StepRules> T)
{
    public async Task<List<string>> ValidateAsync(string action, StepInput input, ContentItem item, ContentVersion latest, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var comment = input.Comment?.Trim();
        switch (action)
        {
            case FlowActions.Refuse:
                if (!RefusalReasons.IsValid(input.ReasonCode))
                {
                    errors.Add(T["Vui lòng chọn lý do từ chối theo Điều 13.3 (a–g)."]);
                }
                if (string.IsNullOrEmpty(comment))
                {
                    errors.Add(T["Vui lòng ghi ý kiến khi từ chối."]);
                }
                break;
            case FlowActions.Return or FlowActions.TakeDown when string.IsNullOrEmpty(comment):
                errors.Add(action == FlowActions.Return ? T["Vui lòng ghi rõ nội dung cần bổ sung, làm rõ."] : T["Vui lòng ghi lý do gỡ xuống."]);
                break;
            case FlowActions.Classify when input.FieldId is null || await directory.FieldCodeAsync(input.FieldId, cancellationToken) is null:
                errors.Add(T["Vui lòng chọn lĩnh vực để chuyển bài."]);
                break;
            case FlowActions.Reassign when await directory.FindAsync(input.AssigneeId, cancellationToken) is null:
                errors.Add(T["Vui lòng chọn người nhận xử lý."]);
                break;
            case FlowActions.Reassign when !(await directory.FindAsync(input.AssigneeId, cancellationToken))!.Roles.Any(r => BuiltInRoles.Board.Contains(r)):
                errors.Add(T["Chỉ giao được cho thành viên Ban biên tập."]);
                break;
            case FlowActions.Approve or FlowActions.Publish when ContentTypes.Find(item.ContentType) is { } type:
                errors.AddRange(await checks.RunAsync(type, latest, cancellationToken));
                break;
        }
        if (comment is { Length: > 2000 })
        {
            errors.Add(T["Ý kiến không được dài quá 2000 ký tự."]);
        }
        if (action == FlowActions.Publish && !string.IsNullOrWhiteSpace(input.PublishAt) && ParsePublishAt(input.PublishAt) is null)
        {
            errors.Add(T["Thời điểm đăng không hợp lệ (ngày/tháng/năm giờ:phút)."]);
        }
        else if (action == FlowActions.Publish && ParsePublishAt(input.PublishAt) is { } when && when <= clock.GetUtcNow().UtcDateTime)
        {
            errors.Add(T["Thời điểm hẹn đăng phải ở tương lai."]);
        }
        return errors;
    }

    /// <summary>"dd/MM/yyyy HH:mm" in Vietnam time, as UTC; null when blank or malformed.</summary>
    public static DateTime? ParsePublishAt(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTime.TryParseExact(text.Trim(), "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Zone)
            : null;
}
