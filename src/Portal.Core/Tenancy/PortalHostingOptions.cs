namespace Portal.Core.Tenancy;

/// <summary>Bound from "Portal:Hosting": the addresses the installation itself answers on.</summary>
public sealed class PortalHostingOptions
{
    /// <summary>
    /// Host names of the portal itself (the operator's site and every unit reached by URL prefix).
    /// A request for any other host that no unit is bound to gets a 404. Empty accepts every host.
    /// </summary>
    public string[] HostNames { get; set; } = [];

    /// <summary>
    /// The portal's public origin (e.g. "https://congthongtin.tinh.gov.vn"), for links written outside a request — mail sent by
    /// a job about a unit reached by URL prefix. Without it such mail names the screen instead of linking to it.
    /// </summary>
    public string? PublicOrigin { get; set; }
}
