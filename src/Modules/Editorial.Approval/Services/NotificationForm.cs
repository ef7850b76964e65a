using Editorial.Approval.Definitions;
using Editorial.Approval.ViewModels;
using Microsoft.Extensions.Localization;

namespace Editorial.Approval.Services;

/// <summary>
/// Reads the notification part of the routing form: one row per state (who hears of an item entering it, in the inbox
/// and/or by email). No rows posted keeps the definition's rules as they are; messages for unknown states or roles are Vietnamese
/// templates translated by <c>T</c>.
/// </summary>
public static class NotificationForm
{
    public static (IReadOnlyList<ApprovalNotification>? Rules, List<string> Errors) Read(ApprovalDefinition flow, IReadOnlyList<NotificationRow> rows, IReadOnlySet<string> roles, IReadOnlySet<string> notifiable, IStringLocalizer T)
    {
        var errors = new List<string>();
        if (rows.Count == 0)
        {
            return (flow.Notifications, errors);
        }
        var rules = new List<ApprovalNotification>();
        foreach (var row in rows)
        {
            if (flow.State(row.State) is not { } state || rules.Any(r => r.State == row.State))
            {
                errors.Add(T["Thông báo: bước “{0}” không có hoặc bị lặp.", row.State]);
                continue;
            }
            var named = RoutingEditor.Split(row.Roles);
            errors.AddRange(named.Where(r => !roles.Contains(r)).Select(r => T["Thông báo ở bước “{0}”: không có vai trò “{1}”.", T[state.Name].Value, r].Value));
            // Only roles that can open the item (NotifiableRolesRule): the accountant would be told of a draft answering 403.
            errors.AddRange(named.Where(r => roles.Contains(r) && !notifiable.Contains(r))
                .Select(r => T["Thông báo ở bước “{0}”: người giữ vai trò “{1}” không được xem bài đang duyệt nên không thể nhận thông báo.", T[state.Name].Value, T[r].Value].Value));
            rules.Add(new ApprovalNotification(state.Code, row.Movers, row.Author, named.Count == 0 ? null : named, row.InApp, row.Email));
        }
        return (rules, errors);
    }
}
