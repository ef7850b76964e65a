using System.Security.Claims;
using Portal.Abstractions.Navigation;

namespace Editorial.Approval.Services;

/// <summary>The admin home's "waiting for you": the inbox's most urgent items (overdue first), how many wait and how many are late.</summary>
public sealed class InboxWork(ApprovalQueries queries) : IAdminDashboardWork
{
    public string Path => "admin/approval";

    public async Task<AdminWork?> WorkAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken)
    {
        var page = await queries.InboxAsync(user, 1, cancellationToken, take);
        return new AdminWork("Tin, bài chờ bạn xử lý", page.Total, await queries.InboxOverdueAsync(user, cancellationToken),
            page.Rows.Select(r => new AdminWorkItem(r.Title, $"~/admin/approval/{r.ContentItemId}", r.StateName, r.DueUtc, r.Overdue, r.Actions)).ToList());
    }
}
