namespace Portal.CoreAdmin.ViewModels;

/// <summary>One unit site in detail, with the forms that change its lifecycle.</summary>
public sealed class TenantDetailViewModel
{
    public required TenantRow Tenant { get; init; }
    /// <summary>Absolute path of the tenant's private folder (database, media, index).</summary>
    public required string DataFolder { get; init; }
    public bool DataFolderExists { get; init; }
    public IReadOnlyList<ModuleState> Modules { get; init; } = [];
    /// <summary>What the operator typed in the delete confirmation, shown again after a refusal.</summary>
    public string? ConfirmName { get; init; }
    /// <summary>Media storage against the quota in force; null once the unit is deleted.</summary>
    public Portal.Core.Media.StorageFigures? Storage { get; init; }
    /// <summary>The unit's own quota as the operator typed it (GB), or what they typed after a refusal; blank: the host's default.</summary>
    public string? QuotaGigabytes { get; init; }
    /// <summary>The host's default quota in bytes (Portal:Media:UnitQuotaBytes); 0: no limit.</summary>
    public long DefaultQuotaBytes { get; init; }

    public sealed record ModuleState(string Id, string Name, bool Enabled, bool AlwaysEnabled);
}
