namespace Portal.Abstractions.Navigation;

/// <summary>One admin navigation entry.</summary>
/// <param name="Title">Vietnamese title (translated for English users).</param>
/// <param name="Path">Path inside the tenant, e.g. "admin/users".</param>
/// <param name="Permission">Permission required to see it; null for any signed-in board member.</param>
/// <param name="Group">Vietnamese group heading.</param>
/// <param name="Order">Sort order inside the group.</param>
/// <param name="Icon">Bootstrap icon name.</param>
public sealed record AdminMenuItem(string Title, string Path, string? Permission, string Group, int Order = 100, string Icon = "circle")
{
    /// <summary>Id of the module that added the entry (filled by the host).</summary>
    public string ModuleId { get; init; } = "";

    /// <summary>Only on the host tenant (tenant management).</summary>
    public bool HostOnly { get; init; }
}
