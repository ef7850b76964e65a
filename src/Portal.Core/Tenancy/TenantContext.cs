using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Tenancy;

/// <summary>Scoped holder of the current tenant, set once by the resolution middleware or the job runner.</summary>
public sealed class TenantContext(IOptions<PortalPathsOptions> paths) : ITenantContext
{
    private TenantDescriptor? _tenant;

    public bool HasTenant => _tenant is not null;

    public TenantDescriptor Tenant => _tenant ?? throw new InvalidOperationException("No tenant has been resolved for this scope.");

    public string DataFolder => Path.GetFullPath(paths.Value.TenantFolder(Tenant.Name));

    public string MediaFolder => Path.Combine(DataFolder, "media");

    public string IndexFolder => Path.Combine(DataFolder, "index");

    public bool IsModuleEnabled(string moduleId) => Tenant.EnabledModules.Contains(moduleId);

    /// <summary>Binds the scope to a tenant; a scope can never switch to another tenant.</summary>
    public void Set(TenantDescriptor tenant)
    {
        if (_tenant is not null && !string.Equals(_tenant.Name, tenant.Name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A scope cannot change tenant.");
        }
        _tenant = tenant;
    }
}
