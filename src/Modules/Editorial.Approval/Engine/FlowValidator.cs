using Editorial.Approval.Definitions;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Engine;

/// <summary>
/// Checks a whole definition before it is saved as a new version: every state, action, role, field, user and
/// content type it names exists, and the states the module gives a meaning (returned, approved, published) keep
/// their codes. Messages are Vietnamese; one error keeps the definition from being saved.
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

    public static List<string> Validate(FlowDefinition flow, IReadOnlySet<string> roles, IReadOnlySet<string> fieldCodes, IReadOnlySet<string> userNames)
    {
        var errors = new List<string>();
        var codes = flow.States.Select(s => s.Code).ToList();
        if (codes.Count == 0 || codes.Any(string.IsNullOrWhiteSpace) || codes.Distinct().Count() != codes.Count)
        {
            errors.Add("Mỗi bước phải có mã riêng, không trùng, không để trống.");
        }
        errors.AddRange(flow.States.Where(s => string.IsNullOrWhiteSpace(s.Name)).Select(s => $"Bước “{s.Code}” chưa có tên."));
        errors.AddRange(flow.States.Where(s => FixedCodes.TryGetValue(s.Status, out var code) && s.Code != code)
            .Select(s => $"Bước có trạng thái {s.Status} phải có mã “{FixedCodes[s.Status]}”."));
        if (!codes.Contains(flow.InitialState))
        {
            errors.Add($"Bước bắt đầu “{flow.InitialState}” không có trong danh sách bước.");
        }
        foreach (var t in flow.Transitions)
        {
            var label = $"Chuyển “{t.Action}” {t.From} → {t.To}";
            if (!Actions.Contains(t.Action))
            {
                errors.Add($"{label}: thao tác không được hỗ trợ.");
            }
            if (!codes.Contains(t.From) || !codes.Contains(t.To))
            {
                errors.Add($"{label}: bước không tồn tại.");
            }
            else if (flow.State(t.From)!.Final)
            {
                errors.Add($"{label}: không thể đi tiếp từ bước kết thúc.");
            }
            if (t.Action == FlowActions.Publish && flow.State(t.To)?.Status != ContentStatus.Published)
            {
                errors.Add($"{label}: thao tác đăng phải dẫn tới bước “{FlowTemplates.Published}”.");
            }
            if (t.Who is null || (t.Who.Roles is not { Count: > 0 } && !t.Who.FieldOwner && !t.Who.Assignee && !t.Who.Author))
            {
                errors.Add($"{label}: chưa nói ai được làm.");
            }
            var named = (t.Who?.Roles ?? []).Concat((t.Who?.Standing ?? []).SelectMany(s => new[] { s.Role, s.OnBehalfOfRole }));
            errors.AddRange(named.Where(r => !roles.Contains(r)).Distinct().Select(r => $"{label}: không có vai trò “{r}”."));
            errors.AddRange((t.ContentTypes ?? []).Where(c => ContentTypes.Find(c) is null).Select(c => $"{label}: không có loại nội dung “{c}”."));
        }
        foreach (var route in flow.Routes)
        {
            if (!fieldCodes.Contains(route.FieldCode))
            {
                errors.Add($"Phân công: không có lĩnh vực “{route.FieldCode}”.");
            }
            errors.AddRange(route.Users.Concat(route.Deputies).Where(u => !userNames.Contains(u)).Select(u => $"Phân công {route.FieldCode}: không có người dùng “{u}”."));
            errors.AddRange(route.Roles.Where(r => !roles.Contains(r)).Select(r => $"Phân công {route.FieldCode}: không có vai trò “{r}”."));
        }
        foreach (var d in flow.Deadlines)
        {
            var amounts = new double?[] { d.WorkingDays, d.WorkingDayShare, d.CalendarHours, d.CalendarDays }.Where(a => a is not null).ToList();
            if (!codes.Contains(d.State) || amounts.Count != 1 || amounts[0] <= 0 || (d.ContentType is not null && ContentTypes.Find(d.ContentType) is null))
            {
                errors.Add($"Thời hạn của bước “{d.State}”: cần đúng một thời lượng dương, bước và loại nội dung có thật.");
            }
        }
        foreach (var n in flow.Notifications ?? [])
        {
            if (!codes.Contains(n.State))
            {
                errors.Add($"Thông báo: không có bước “{n.State}”.");
            }
            errors.AddRange((n.Roles ?? []).Where(r => !roles.Contains(r)).Distinct().Select(r => $"Thông báo ở bước “{n.State}”: không có vai trò “{r}”."));
        }
        if (flow.Notifications is { } rules && rules.Select(n => n.State).Distinct().Count() != rules.Count)
        {
            errors.Add("Thông báo: mỗi bước chỉ có một dòng.");
        }
        errors.AddRange(flow.Skips.SelectMany(s => s.States).Where(s => !codes.Contains(s)).Distinct().Select(s => $"Bỏ qua bước: không có bước “{s}”."));
        if (flow.Sources.Select(s => s.Code).Distinct().Count() != flow.Sources.Count)
        {
            errors.Add("Mã nguồn tin bị trùng.");
        }
        return errors;
    }
}
