namespace Portal.Web.ViewModels;

/// <summary>The operator's list of unit sites: live ones, and deleted ones waiting to be purged.</summary>
public sealed class TenantListViewModel
{
    public string? Query { get; init; }
    public IReadOnlyList<TenantRow> Tenants { get; init; } = [];
    public IReadOnlyList<TenantRow> Deleted { get; init; } = [];
}
