using System.Net;
using System.Net.Sockets;

namespace Portal.Core.Security.RateLimiting;

/// <summary>
/// Whose requests count together: an IPv4 address, or an IPv6 /64 (one household or office gets a whole /64 and can
/// pick any address in it). Behind a reverse proxy the forwarded-headers middleware must set the client's address,
/// or every visitor shares the proxy's (docs/SECURITY.md).
/// </summary>
public static class ClientAddress
{
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
