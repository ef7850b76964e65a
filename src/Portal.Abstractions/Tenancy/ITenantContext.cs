namespace Portal.Abstractions.Tenancy;

/// <summary>The tenant the current request or job runs for. Everything tenant-specific is reached through it.</summary>
public interface ITenantContext
{
    /// <summary>True once the tenant has been resolved for this scope.</summary>
    bool HasTenant { get; }

    /// <summary>The current tenant; throws when none was resolved.</summary>
    TenantDescriptor Tenant { get; }

    /// <summary>The tenant's private folder (database, media, index).</summary>
    string DataFolder { get; }

    /// <summary>The tenant's media folder.</summary>
    string MediaFolder { get; }

    /// <summary>The tenant's search index folder.</summary>
    string IndexFolder { get; }

    /// <summary>True when <paramref name="moduleId"/> is enabled for the current tenant.</summary>
    bool IsModuleEnabled(string moduleId);
}
