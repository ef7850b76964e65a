using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Web;

/// <summary>Reads the reverse proxy's forwarded headers when <see cref="ReverseProxyOptions.Enabled"/>; off otherwise.</summary>
public static class ForwardedHeadersSetup
{
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        var proxy = app.Configuration.GetSection("Portal:Hosting:Proxy").Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (proxy.Enabled)
        {
            app.UseForwardedHeaders(Build(proxy));
        }
        return app;
    }

    public static ForwardedHeadersOptions Build(ReverseProxyOptions proxy)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = proxy.ForwardLimit,
        };
        foreach (var address in proxy.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(address, out var ip) ? ip
                : throw new InvalidOperationException($"Portal:Hosting:Proxy:KnownProxies: “{address}” is not an IP address."));
        }
        foreach (var network in proxy.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                : throw new InvalidOperationException($"Portal:Hosting:Proxy:KnownNetworks: “{network}” is not a network in CIDR form (10.0.0.0/24)."));
        }
        return options;
    }
}
