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
public static class ApprovalValidator
{
    private static readonly HashSet<string> Actions =
    [
        ApprovalActions.Claim, ApprovalActions.Classify, ApprovalActions.Approve, ApprovalActions.Refuse, ApprovalActions.Return,
        ApprovalActions.Resubmit, ApprovalActions.Reassign, ApprovalActions.Publish, ApprovalActions.TakeDown,
    ];

    private static readonly Dictionary<ContentStatus, string> FixedCodes = new()
    {
        [ContentStatus.Returned] = ApprovalTemplates.Returned,
        [ContentStatus.Approved] = ApprovalTemplates.ToPublish,
        [ContentStatus.Published] = ApprovalTemplates.Published,
    };

    /// <param name="notifiable">Roles a notification may name (<see cref="NotifiableRolesRule"/>); null checks only that they exist.</param>
    public static List<string> Validate(ApprovalDefinition flow, IReadOnlySet<string> roles, IReadOnlySet<string> fieldCodes, IReadOnlySet<string> userNames, IStringLocalizer T,
        IReadOnlySet<string>? notifiable = null)
    {
        var known = new KnownNames(flow.States.Select(s => s.Code).ToList(), roles, fieldCodes, userNames, notifiable);
        return
        [
            .. StateErrors(flow, known, T),
            .. flow.Transitions.SelectMany(t => TransitionErrors(flow, t, known, T)),
            .. flow.Routes.SelectMany(route => RouteErrors(route, known, T)),
            .. flow.Deadlines.SelectMany(d => DeadlineErrors(d, known, T)),
            .. NotificationErrors(flow, known, T),
            .. SkipAndSourceErrors(flow, known, T),
        ];
    }

    /// <summary>What a definition may name: its own state codes and the unit's roles, fields and users.</summary>
    private sealed record KnownNames(List<string> Codes, IReadOnlySet<string> Roles, IReadOnlySet<string> FieldCodes, IReadOnlySet<string> UserNames, IReadOnlySet<string>? Notifiable);

    private static IEnumerable<string> StateErrors(ApprovalDefinition flow, KnownNames known, IStringLocalizer T)
    {
        var codes = known.Codes;
        if (codes.Count == 0 || codes.Any(string.IsNullOrWhiteSpace) || codes.Distinct().Count() != codes.Count)
        {
            yield return T["Mỗi bước phải có mã riêng, không trùng, không để trống."];
        }
        foreach (var unnamed in flow.States.Where(s => string.IsNullOrWhiteSpace(s.Name)))
        {
            yield return T["Bước “{0}” chưa có tên.", unnamed.Code];
        }
        foreach (var s in flow.States.Where(s => FixedCodes.TryGetValue(s.Status, out var code) && s.Code != code))
        {
            yield return T["Bước có trạng thái {0} phải có mã “{1}”.", s.Status, FixedCodes[s.Status]];
        }
        if (!codes.Contains(flow.InitialState))
        {
            yield return T["Bước bắt đầu “{0}” không có trong danh sách bước.", flow.InitialState];
        }
    }

    private static IEnumerable<string> TransitionErrors(ApprovalDefinition flow, ApprovalTransition t, KnownNames known, IStringLocalizer T)
    {
        var label = T["Chuyển “{0}” {1} → {2}", t.Action, t.From, t.To].Value;
        if (!Actions.Contains(t.Action))
        {
            yield return T["{0}: thao tác không được hỗ trợ.", label];
        }
        if (!known.Codes.Contains(t.From) || !known.Codes.Contains(t.To))
        {
            yield return T["{0}: bước không tồn tại.", label];
        }
        else if (flow.State(t.From)!.Final)
        {
            yield return T["{0}: không thể đi tiếp từ bước kết thúc.", label];
        }
        if (t.Action == ApprovalActions.Publish && flow.State(t.To)?.Status != ContentStatus.Published)
        {
            yield return T["{0}: thao tác đăng phải dẫn tới bước “{1}”.", label, ApprovalTemplates.Published];
        }
        if (t.Who is null || (t.Who.Roles is not { Count: > 0 } && !t.Who.FieldOwner && !t.Who.Assignee && !t.Who.Author))
        {
            yield return T["{0}: chưa nói ai được làm.", label];
        }
        var named = (t.Who?.Roles ?? []).Concat(t.Who?.Delegates ?? []).Concat((t.Who?.Standing ?? []).SelectMany(s => new[] { s.Role, s.OnBehalfOfRole }));
        foreach (var role in named.Where(r => !known.Roles.Contains(r)).Distinct())
        {
            yield return T["{0}: không có vai trò “{1}”.", label, role];
        }
        foreach (var type in (t.ContentTypes ?? []).Where(c => ContentTypes.Find(c) is null))
        {
            yield return T["{0}: không có loại nội dung “{1}”.", label, type];
        }
    }

    private static IEnumerable<string> RouteErrors(FieldRoute route, KnownNames known, IStringLocalizer T)
    {
        if (!known.FieldCodes.Contains(route.FieldCode))
        {
            yield return T["Phân công: không có lĩnh vực “{0}”.", route.FieldCode];
        }
        foreach (var user in route.Users.Concat(route.Deputies).Where(u => !known.UserNames.Contains(u)))
        {
            yield return T["Phân công {0}: không có người dùng “{1}”.", route.FieldCode, user];
        }
        foreach (var role in route.Roles.Where(r => !known.Roles.Contains(r)))
        {
            yield return T["Phân công {0}: không có vai trò “{1}”.", route.FieldCode, role];
        }
    }

    private static IEnumerable<string> DeadlineErrors(ApprovalDeadline d, KnownNames known, IStringLocalizer T)
    {
        var amounts = new double?[] { d.WorkingDays, d.WorkingDayShare, d.CalendarHours, d.CalendarDays }.Where(a => a is not null).ToList();
        if (!known.Codes.Contains(d.State) || amounts.Count != 1 || amounts[0] <= 0 || (d.ContentType is not null && ContentTypes.Find(d.ContentType) is null))
        {
            yield return T["Thời hạn của bước “{0}”: cần đúng một thời lượng dương, bước và loại nội dung có thật.", d.State];
        }
    }

    private static IEnumerable<string> NotificationErrors(ApprovalDefinition flow, KnownNames known, IStringLocalizer T)
    {
        foreach (var n in flow.Notifications ?? [])
        {
            if (!known.Codes.Contains(n.State))
            {
                yield return T["Thông báo: không có bước “{0}”.", n.State];
            }
            foreach (var role in (n.Roles ?? []).Where(r => !known.Roles.Contains(r)).Distinct())
            {
                yield return T["Thông báo ở bước “{0}”: không có vai trò “{1}”.", n.State, role];
            }
            foreach (var role in (n.Roles ?? []).Where(r => known.Roles.Contains(r) && known.Notifiable is not null && !known.Notifiable.Contains(r)).Distinct())
            {
                yield return T["Thông báo ở bước “{0}”: người giữ vai trò “{1}” không được xem bài đang duyệt nên không thể nhận thông báo.", n.State, T[role].Value];
            }
        }
        if (flow.Notifications is { } rules && rules.Select(n => n.State).Distinct().Count() != rules.Count)
        {
            yield return T["Thông báo: mỗi bước chỉ có một dòng."];
        }
    }

    private static IEnumerable<string> SkipAndSourceErrors(ApprovalDefinition flow, KnownNames known, IStringLocalizer T)
    {
        foreach (var state in flow.Skips.SelectMany(s => s.States).Where(s => !known.Codes.Contains(s)).Distinct())
        {
            yield return T["Bỏ qua bước: không có bước “{0}”.", state];
        }
        if (flow.Sources.Select(s => s.Code).Distinct().Count() != flow.Sources.Count)
        {
            yield return T["Mã nguồn tin bị trùng."];
        }
    }
}
