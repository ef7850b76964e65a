namespace Portal.CoreAdmin.ViewModels;

/// <summary>The operator's list of unit sites: live ones, and deleted ones waiting to be purged.</summary>
public sealed class TenantListViewModel
{
    public string? Query { get; init; }
    public IReadOnlyList<TenantRow> Tenants { get; init; } = [];
    public IReadOnlyList<TenantRow> Deleted { get; init; } = [];
    /// <summary>Media storage of each live unit against its quota, by unit name.</summary>
    public IReadOnlyDictionary<string, Portal.Core.Media.StorageFigures> Storage { get; init; } = new Dictionary<string, Portal.Core.Media.StorageFigures>();
}
