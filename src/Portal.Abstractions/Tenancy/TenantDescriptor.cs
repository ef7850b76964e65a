namespace Portal.Abstractions.Tenancy;

/// <summary>Immutable snapshot of a tenant's registry entry, as the request pipeline sees it.</summary>
public sealed record TenantDescriptor
{
    /// <summary>
    /// The registry row's id: never reused, so a tenant deleted, purged and created again under the same name is a
    /// different tenant (and a different database) to anything that keeps per-tenant state for the process.
    /// </summary>
    public int Id { get; init; }
    /// <summary>Technical name: lowercase letters, digits and hyphens; also its folder name.</summary>
    public required string Name { get; init; }
    /// <summary>Display name of the unit, e.g. "Trang thông tin điện tử xã Đắk Plô".</summary>
    public required string DisplayName { get; init; }
    /// <summary>First URL segment that selects the tenant, or null when it is reached by host name only.</summary>
    public string? UrlPrefix { get; init; }
    /// <summary>Host names that select the tenant (lowercase, no port).</summary>
    public IReadOnlyList<string> HostNames { get; init; } = [];
    /// <summary>Template the tenant was created from (commune, school, education-office, trade-union, host).</summary>
    public required string Template { get; init; }
    /// <summary>Serving, suspended or deleted.</summary>
    public TenantStatus Status { get; init; }
    /// <summary>The operator's own tenant, which manages the others.</summary>
    public bool IsHost { get; init; }
    /// <summary>Ids of the modules switched on for this tenant.</summary>
    public IReadOnlySet<string> EnabledModules { get; init; } = new HashSet<string>();
    /// <summary>Version stamp of the schema last applied to the tenant's database.</summary>
    public string? SchemaVersion { get; init; }
}
