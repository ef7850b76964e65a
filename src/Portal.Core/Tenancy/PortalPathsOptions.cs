namespace Portal.Core.Tenancy;

/// <summary>Where Portal keeps its files; bound from the "Portal:Paths" section.</summary>
public sealed class PortalPathsOptions
{
    /// <summary>Root of all data; relative paths are taken from the content root.</summary>
    public string AppData { get; set; } = "App_Data";

    /// <summary>
    /// Folder whose <c>portal.lock</c> one process holds while it runs (<see cref="Hosting.DataFolderLock"/>): empty
    /// for <see cref="AppData"/> itself. Search moves it to <c>Portal:Search:IndexRoot</c> when that is set, since nodes
    /// sharing App_Data then each keep their own indexes there (ADR 0009).
    /// </summary>
    public string? LockFolder { get; set; }

    /// <summary>Folder holding one sub-folder per tenant.</summary>
    public string TenantsFolder => Path.Combine(AppData, "tenants");

    /// <summary>Folder where deleted tenants' files wait to be purged.</summary>
    public string DeletedFolder => Path.Combine(AppData, "deleted");

    /// <summary>The host registry database file.</summary>
    public string HostDatabase => Path.Combine(AppData, "host.db");

    /// <summary>The private folder of one tenant.</summary>
    public string TenantFolder(string tenantName) => Path.Combine(TenantsFolder, tenantName);
}
