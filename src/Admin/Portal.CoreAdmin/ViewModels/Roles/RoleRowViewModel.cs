namespace Portal.CoreAdmin.ViewModels.Roles;

public sealed class RoleRowViewModel
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public bool IsBuiltIn { get; init; }
    public int UserCount { get; init; }
    /// <summary>Null for the Administrator role, which holds every permission.</summary>
    public int? PermissionCount { get; init; }
}
