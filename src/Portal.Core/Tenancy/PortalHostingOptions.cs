namespace Portal.Core.Tenancy;

/// <summary>Bound from "Portal:Hosting": the addresses the installation itself answers on.</summary>
public sealed class PortalHostingOptions
{
    /// <summary>
    /// Host names of the portal itself (the operator's site and every unit reached by URL prefix).
    /// A request for any other host that no unit is bound to gets a 404. Empty accepts every host.
    /// </summary>
    public string[] HostNames { get; set; } = [];
}
