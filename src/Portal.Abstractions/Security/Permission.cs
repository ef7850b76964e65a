namespace Portal.Abstractions.Security;

/// <summary>A grantable right, checked on the server by <see cref="RequirePermissionAttribute"/>.</summary>
/// <param name="Name">Stable name, stored in role claims; use nameof of the static field.</param>
/// <param name="DisplayName">Vietnamese label shown in the role editor.</param>
/// <param name="Group">Vietnamese group heading (usually the module name).</param>
public sealed record Permission(string Name, string DisplayName, string Group)
{
    /// <summary>Built-in roles (see <see cref="BuiltInRoles"/>) that get the permission when a tenant is created.</summary>
    public IReadOnlyList<string> DefaultRoles { get; init; } = [];
}
