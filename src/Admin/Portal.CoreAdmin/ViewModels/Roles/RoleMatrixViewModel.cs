using Portal.Abstractions.Security;

namespace Portal.CoreAdmin.ViewModels.Roles;

/// <summary>Every role against every permission, to compare roles at a glance.</summary>
public sealed class RoleMatrixViewModel
{
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<IGrouping<string, Permission>> Groups { get; init; } = [];
    /// <summary>Role name → permissions it holds (the Administrator role holds all).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Granted { get; init; } = new Dictionary<string, IReadOnlySet<string>>();
}
