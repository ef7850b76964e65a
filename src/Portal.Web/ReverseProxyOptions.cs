namespace Portal.Web;

/// <summary>
/// Bound from "Portal:Hosting:Proxy": the reverse proxy (nginx, a load balancer) in front of Kestrel. When enabled,
/// the X-Forwarded-For and X-Forwarded-Proto headers of the proxies listed here (and of the same machine) give each
/// request its reader's address (audit trail) and its scheme (HTTPS, so HSTS and secure cookies apply). The Host
/// header is taken as the proxy passes it (nginx: proxy_set_header Host $host); X-Forwarded-Host is never trusted,
/// since it picks the unit.
/// </summary>
public sealed class ReverseProxyOptions
{
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies, besides the loopback ones trusted by default (e.g. "10.0.0.5").</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form (e.g. "10.0.0.0/24").</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may append to the headers.</summary>
    public int ForwardLimit { get; set; } = 1;
}
