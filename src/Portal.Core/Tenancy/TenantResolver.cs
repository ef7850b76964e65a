using Portal.Abstractions.Tenancy;

namespace Portal.Core.Tenancy;

/// <summary>
/// Picks the tenant for a host name and the first path segment. Host names win: a request whose
/// host is bound to some tenant can only reach that host's tenants, so a forged Host header or a
/// foreign prefix never crosses into another unit's site.
/// </summary>
public static class TenantResolver
{
    /// <summary>The resolved tenant and whether the first segment was its prefix (to move into PathBase).</summary>
    public readonly record struct Match(TenantDescriptor Tenant, bool ConsumedPrefix);

    /// <param name="portalHostNames">The installation's own host names; an unbound host outside them reaches nothing. Empty: any host.</param>
    public static Match? Resolve(IReadOnlyCollection<TenantDescriptor> tenants, string host, string? firstSegment, IReadOnlyCollection<string>? portalHostNames = null)
    {
        host = host.ToLowerInvariant();
        var live = tenants.Where(t => t.Status != TenantStatus.Deleted).ToList();

        var byHost = live.Where(t => t.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase)).ToList();
        if (byHost.Count > 0)
        {
            return Pick(byHost, firstSegment);
        }

        // An unknown host (a mistyped or forged Host header) gets nothing rather than the operator's site.
        if (portalHostNames is { Count: > 0 } && !portalHostNames.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        // One of the portal's own hosts: only tenants without host names are reachable.
        var unbound = live.Where(t => t.HostNames.Count == 0).ToList();
        return Pick(unbound, firstSegment);
    }

    private static Match? Pick(List<TenantDescriptor> candidates, string? firstSegment)
    {
        if (!string.IsNullOrEmpty(firstSegment))
        {
            var byPrefix = candidates.FirstOrDefault(t =>
                t.UrlPrefix is not null && string.Equals(t.UrlPrefix, firstSegment, StringComparison.OrdinalIgnoreCase));
            if (byPrefix is not null)
            {
                return new Match(byPrefix, ConsumedPrefix: true);
            }
        }

        var rootTenant = candidates.FirstOrDefault(t => t.UrlPrefix is null);
        return rootTenant is null ? null : new Match(rootTenant, ConsumedPrefix: false);
    }
}
