using Editorial.Approval.Definitions;
using Portal.Abstractions.Security;
using Portal.Core.Content;

namespace Editorial.Approval.Engine;

/// <summary>
/// The roles a flow may name to be told of an item at a step: only those whose holders can open the item then — the
/// administrator, roles that may edit any content or watch the flow (the board), and roles that take a step of the flow.
/// Telling anyone else (the accountant) would send them to a screen answering 403 about a draft they may not read.
/// </summary>
public static class NotifiableRolesRule
{
    /// <summary>Permissions that let their holders open any item waiting in the flow.</summary>
    public static IReadOnlyList<string> OpeningPermissions { get; } = [ContentPermissions.EditAllContent.Name, ApprovalPermissions.ViewApprovalDashboard.Name];

    /// <param name="permissionsByRole">Each role of the unit with the permissions it grants.</param>
    public static IReadOnlySet<string> Of(ApprovalDefinition flow, IReadOnlyDictionary<string, IReadOnlySet<string>> permissionsByRole)
    {
        var actors = flow.Transitions.SelectMany(t => (t.Who.Roles ?? []).Concat((t.Who.Standing ?? []).Select(s => s.Role)))
            .Concat(flow.Routes.SelectMany(r => r.Roles))
            .ToHashSet(StringComparer.Ordinal);
        return permissionsByRole
            .Where(p => p.Key == BuiltInRoles.Administrator || actors.Contains(p.Key) || OpeningPermissions.Any(p.Value.Contains))
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
    }
}
