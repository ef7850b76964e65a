namespace Portal.Core.Setup;

/// <summary>Bound from "Portal:Setup" (or PORTAL__SETUP__* environment variables): the operator's first account.</summary>
public sealed class SetupOptions
{
    public string SiteName { get; set; } = "Cổng thông tin điện tử các đơn vị";
    public string? AdminUserName { get; set; }
    public string? AdminPassword { get; set; }
    public string? AdminEmail { get; set; }
}
