namespace Portal.Core.Tenancy;

/// <summary>What the host admin types to create a unit site.</summary>
public sealed class CreateTenantRequest
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? UrlPrefix { get; set; }
    public string? HostNames { get; set; }
    public string Template { get; set; } = "";
    public string? AdminUserName { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string? AdminFullName { get; set; }
}
