using Editorial.Approval.Definitions;
using Editorial.Approval.ViewModels;

namespace Editorial.Approval.Services;

/// <summary>
/// Reads the notification part of the routing form: one row per state (who hears of an item entering it, in the inbox
/// and/or by email). No rows posted keeps the definition's rules as they are; Vietnamese messages for unknown states or roles.
/// </summary>
public static class NotificationForm
{
    public static (IReadOnlyList<FlowNotification>? Rules, List<string> Errors) Read(FlowDefinition flow, IReadOnlyList<NotificationRow> rows, IReadOnlySet<string> roles)
    {
        var errors = new List<string>();
        if (rows.Count == 0)
        {
            return (flow.Notifications, errors);
        }
        var rules = new List<FlowNotification>();
        foreach (var row in rows)
        {
            if (flow.State(row.State) is not { } state || rules.Any(r => r.State == row.State))
            {
                errors.Add($"Thông báo: bước “{row.State}” không có hoặc bị lặp.");
                continue;
            }
            var named = (row.Roles ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            errors.AddRange(named.Where(r => !roles.Contains(r)).Select(r => $"Thông báo ở bước “{state.Name}”: không có vai trò “{r}”."));
            rules.Add(new FlowNotification(state.Code, row.Movers, row.Author, named.Count == 0 ? null : named, row.InApp, row.Email));
        }
        return (rules, errors);
    }
}
