using Editorial.Approval.Definitions;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Engine;

/// <summary>
/// Checks a whole definition before it is saved as a new version: every state, action, role, field, user and
/// content type it names exists, and the states the module gives a meaning (returned, approved, published) keep
/// their codes. Messages are Vietnamese templates translated by <paramref name="T"/> (the reader's culture); one error
/// keeps the definition from being saved.
/// </summary>
public static class FlowValidator
{
    private static readonly HashSet<string> Actions =
    [
        FlowActions.Claim, FlowActions.Classify, FlowActions.Approve, FlowActions.Refuse, FlowActions.Return,
        FlowActions.Resubmit, FlowActions.Reassign, FlowActions.Publish, FlowActions.TakeDown,
    ];

    private static readonly Dictionary<ContentStatus, string> FixedCodes = new()
    {
        [ContentStatus.Returned] = FlowTemplates.Returned,
        [ContentStatus.Approved] = FlowTemplates.ToPublish,
        [ContentStatus.Published] = FlowTemplates.Published,
    };

    /// <param name="notifiable">Roles a notification may name (<see cref="NotifiableRolesRule"/>); null checks only that they exist.</param>
    public static List<string> Validate(FlowDefinition flow, IReadOnlySet<string> roles, IReadOnlySet<string> fieldCodes, IReadOnlySet<string> userNames, IStringLocalizer T,
        IReadOnlySet<string>? notifiable = null)
    {
        var errors = new List<string>();
        var codes = flow.States.Select(s => s.Code).ToList();
        if (codes.Count == 0 || codes.Any(string.IsNullOrWhiteSpace) || codes.Distinct().Count() != codes.Count)
        {
            errors.Add(T["Mỗi bước phải có mã riêng, không trùng, không để trống."]);
        }
        errors.AddRange(flow.States.Where(s => string.IsNullOrWhiteSpace(s.Name)).Select(s => T["Bước “{0}” chưa có tên.", s.Code].Value));
        errors.AddRange(flow.States.Where(s => FixedCodes.TryGetValue(s.Status, out var code) && s.Code != code)
            .Select(s => T["Bước có trạng thái {0} phải có mã “{1}”.", s.Status, FixedCodes[s.Status]].Value));
        if (!codes.Contains(flow.InitialState))
        {
            errors.Add(T["Bước bắt đầu “{0}” không có trong danh sách bước.", flow.InitialState]);
        }
        foreach (var t in flow.Transitions)
        {
            var label = T["Chuyển “{0}” {1} → {2}", t.Action, t.From, t.To].Value;
            if (!Actions.Contains(t.Action))
            {
                errors.Add(T["{0}: thao tác không được hỗ trợ.", label]);
            }
            if (!codes.Contains(t.From) || !codes.Contains(t.To))
            {
                errors.Add(T["{0}: bước không tồn tại.", label]);
            }
            else if (flow.State(t.From)!.Final)
            {
                errors.Add(T["{0}: không thể đi tiếp từ bước kết thúc.", label]);
            }
            if (t.Action == FlowActions.Publish && flow.State(t.To)?.Status != ContentStatus.Published)
            {
                errors.Add(T["{0}: thao tác đăng phải dẫn tới bước “{1}”.", label, FlowTemplates.Published]);
            }
            if (t.Who is null || (t.Who.Roles is not { Count: > 0 } && !t.Who.FieldOwner && !t.Who.Assignee && !t.Who.Author))
            {
                errors.Add(T["{0}: chưa nói ai được làm.", label]);
            }
            var named = (t.Who?.Roles ?? []).Concat(t.Who?.Delegates ?? []).Concat((t.Who?.Standing ?? []).SelectMany(s => new[] { s.Role, s.OnBehalfOfRole }));
            errors.AddRange(named.Where(r => !roles.Contains(r)).Distinct().Select(r => T["{0}: không có vai trò “{1}”.", label, r].Value));
            errors.AddRange((t.ContentTypes ?? []).Where(c => ContentTypes.Find(c) is null).Select(c => T["{0}: không có loại nội dung “{1}”.", label, c].Value));
        }
        foreach (var route in flow.Routes)
        {
            if (!fieldCodes.Contains(route.FieldCode))
            {
                errors.Add(T["Phân công: không có lĩnh vực “{0}”.", route.FieldCode]);
            }
            errors.AddRange(route.Users.Concat(route.Deputies).Where(u => !userNames.Contains(u)).Select(u => T["Phân công {0}: không có người dùng “{1}”.", route.FieldCode, u].Value));
            errors.AddRange(route.Roles.Where(r => !roles.Contains(r)).Select(r => T["Phân công {0}: không có vai trò “{1}”.", route.FieldCode, r].Value));
        }
        foreach (var d in flow.Deadlines)
        {
            var amounts = new double?[] { d.WorkingDays, d.WorkingDayShare, d.CalendarHours, d.CalendarDays }.Where(a => a is not null).ToList();
            if (!codes.Contains(d.State) || amounts.Count != 1 || amounts[0] <= 0 || (d.ContentType is not null && ContentTypes.Find(d.ContentType) is null))
            {
                errors.Add(T["Thời hạn của bước “{0}”: cần đúng một thời lượng dương, bước và loại nội dung có thật.", d.State]);
            }
        }
        foreach (var n in flow.Notifications ?? [])
        {
            if (!codes.Contains(n.State))
            {
                errors.Add(T["Thông báo: không có bước “{0}”.", n.State]);
            }
            errors.AddRange((n.Roles ?? []).Where(r => !roles.Contains(r)).Distinct().Select(r => T["Thông báo ở bước “{0}”: không có vai trò “{1}”.", n.State, r].Value));
            errors.AddRange((n.Roles ?? []).Where(r => roles.Contains(r) && notifiable is not null && !notifiable.Contains(r)).Distinct()
                .Select(r => T["Thông báo ở bước “{0}”: người giữ vai trò “{1}” không được xem bài đang duyệt nên không thể nhận thông báo.", n.State, T[r].Value].Value));
        }
        if (flow.Notifications is { } rules && rules.Select(n => n.State).Distinct().Count() != rules.Count)
        {
            errors.Add(T["Thông báo: mỗi bước chỉ có một dòng."]);
        }
        errors.AddRange(flow.Skips.SelectMany(s => s.States).Where(s => !codes.Contains(s)).Distinct().Select(s => T["Bỏ qua bước: không có bước “{0}”.", s].Value));
        if (flow.Sources.Select(s => s.Code).Distinct().Count() != flow.Sources.Count)
        {
            errors.Add(T["Mã nguồn tin bị trùng."]);
        }
        return errors;
    }
}
