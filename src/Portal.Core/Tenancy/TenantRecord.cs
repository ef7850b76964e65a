using Portal.Abstractions.Tenancy;

namespace Portal.Core.Tenancy;

/// <summary>A row of the host registry: one unit site.</summary>
public sealed class TenantRecord
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? UrlPrefix { get; set; }
    /// <summary>Comma-separated lowercase host names.</summary>
    public string HostNames { get; set; } = "";
    public string Template { get; set; } = "";
    public TenantStatus Status { get; set; }
    public bool IsHost { get; set; }
    /// <summary>Comma-separated module ids.</summary>
    public string EnabledModules { get; set; } = "";
    public string? SchemaVersion { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SuspendedUtc { get; set; }
    public DateTime? DeletedUtc { get; set; }
    /// <summary>Where the files were moved when the tenant was deleted.</summary>
    public string? DeletedFolder { get; set; }
    /// <summary>The unit's own media storage quota in bytes, set by the operator; null: the host's default (Portal:Media:UnitQuotaBytes).</summary>
    public long? MediaQuotaBytes { get; set; }

    public TenantDescriptor ToDescriptor() => new()
    {
        Id = Id,
        Name = Name,
        DisplayName = DisplayName,
        UrlPrefix = string.IsNullOrEmpty(UrlPrefix) ? null : UrlPrefix,
        HostNames = SplitList(HostNames),
        Template = Template,
        Status = Status,
        IsHost = IsHost,
        EnabledModules = SplitList(EnabledModules).ToHashSet(StringComparer.OrdinalIgnoreCase),
        SchemaVersion = SchemaVersion,
    };

    internal static string[] SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
