namespace Portal.CoreAdmin.ViewModels.Users;

public sealed class UserRowViewModel
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public required string FullName { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public bool IsActive { get; init; }
    public bool IsLockedOut { get; init; }
    public DateTime? LockoutEndUtc { get; init; }
    public bool TwoFactorEnabled { get; init; }
    /// <summary>The signed-in administrator's own row: no disable button.</summary>
    public bool IsSelf { get; init; }
    public DateTime CreatedUtc { get; init; }
}
