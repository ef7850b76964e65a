using Portal.Core.Tenancy;

namespace Portal.CoreAdmin.ViewModels;

/// <summary>The "new unit site" form; field names match <see cref="CreateTenantRequest"/> so errors land next to them.</summary>
public sealed class TenantCreateForm
{
    public string? DisplayName { get; set; }
    public string? Name { get; set; }
    public string? UrlPrefix { get; set; }
    /// <summary>One per line or comma-separated.</summary>
    public string? HostNames { get; set; }
    public string? Template { get; set; }
    public string? AdminUserName { get; set; }
    public string? AdminFullName { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }

    public CreateTenantRequest ToRequest() => new()
    {
        Name = Name?.Trim() ?? "",
        DisplayName = DisplayName?.Trim() ?? "",
        UrlPrefix = UrlPrefix,
        HostNames = HostNames,
        Template = Template?.Trim() ?? "",
        AdminUserName = AdminUserName?.Trim(),
        AdminFullName = string.IsNullOrWhiteSpace(AdminFullName) ? null : AdminFullName.Trim(),
        AdminEmail = string.IsNullOrWhiteSpace(AdminEmail) ? null : AdminEmail.Trim(),
        AdminPassword = AdminPassword,
    };
}
