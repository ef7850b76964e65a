using System.Security.Claims;
using Portal.Abstractions.Navigation;

namespace Editorial.Approval.Services;

/// <summary>The number of items waiting on the user, beside "Việc của tôi" in the admin menu.</summary>
public sealed class InboxBadge(ApprovalQueries queries) : IAdminMenuBadge
{
    public string Path => "admin/approval";

    public async Task<int?> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await queries.InboxCountAsync(user, cancellationToken);
}
