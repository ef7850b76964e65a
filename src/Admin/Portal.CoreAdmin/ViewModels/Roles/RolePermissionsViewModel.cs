using Portal.Abstractions.Security;

namespace Portal.CoreAdmin.ViewModels.Roles;

/// <summary>The permission checklist of one role, grouped by the permissions' group headings.</summary>
public sealed class RolePermissionsViewModel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public bool IsBuiltIn { get; init; }
    /// <summary>The Administrator role always holds everything; its checklist is read-only.</summary>
    public bool IsAdministrator { get; init; }
    public IReadOnlyList<IGrouping<string, Permission>> Groups { get; init; } = [];
    public IReadOnlySet<string> Granted { get; init; } = new HashSet<string>();
}
