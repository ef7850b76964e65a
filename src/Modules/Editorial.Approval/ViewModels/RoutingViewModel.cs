using Editorial.Approval.Definitions;
using Portal.Core.Sites;

namespace Editorial.Approval.ViewModels;

/// <summary>The routing rules screen: the current version of the flow and the unit's fields.</summary>
/// <param name="Users">Active users to pick from (board members first; others only when a route already names them).</param>
/// <param name="Roles">The unit's roles, to pick from.</param>
public sealed record RoutingViewModel(int Version, ApprovalDefinition Flow, IReadOnlyList<EditorialField> Fields, IReadOnlyList<string> Errors, string ExtraDaysOff, string MakeUpWorkingDays,
    IReadOnlyList<Services.BoardUser> Users, IReadOnlyList<string> Roles)
{
    /// <summary>Roles a step's notification may name: those that can open the item (<see cref="Engine.NotifiableRolesRule"/>), in <see cref="Roles"/>' order.</summary>
    public IReadOnlySet<string> NotifiableRoles { get; init; } = new HashSet<string>();

    /// <summary>Users a field's route may name: board members, and anyone the current route already names.</summary>
    public IReadOnlyList<Services.BoardUser> Pickable(FieldRoute? route) =>
        Users.Where(u => u.Roles.Any(Portal.Abstractions.Security.BuiltInRoles.Board.Contains)
                || (route is not null && (route.Users.Contains(u.UserName, StringComparer.OrdinalIgnoreCase) || route.Deputies.Contains(u.UserName, StringComparer.OrdinalIgnoreCase))))
            .ToList();

    /// <summary>Display names of the user names, for the summary of a route.</summary>
    public string Names(IEnumerable<string> userNames) =>
        string.Join(", ", userNames.Select(n => Users.FirstOrDefault(u => string.Equals(u.UserName, n, StringComparison.OrdinalIgnoreCase))?.FullName ?? n));

    public bool SkipsReview(string contentType) => Flow.Skips.Any(s => s.Source is null && s.ContentTypes?.Contains(contentType) == true);
}
