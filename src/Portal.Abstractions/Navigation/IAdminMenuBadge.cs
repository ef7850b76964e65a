using System.Security.Claims;

namespace Portal.Abstractions.Navigation;

/// <summary>
/// A count shown beside an admin menu entry (e.g. the items waiting on the user). Asked only when the entry is
/// visible, i.e. its module is enabled for the tenant and the user may see it.
/// </summary>
public interface IAdminMenuBadge
{
    /// <summary>The <see cref="AdminMenuItem.Path"/> of the entry the count belongs to.</summary>
    string Path { get; }

    /// <summary>The count for this user, or null to show none.</summary>
    Task<int?> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
