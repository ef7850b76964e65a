namespace Portal.Web.ViewModels;

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

    public sealed record ModuleState(string Id, string Name, bool Enabled, bool AlwaysEnabled);
}
