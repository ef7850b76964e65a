namespace Portal.Search.Querying;

/// <summary>One unit's share of a host-wide search: its best hits and how many it has in all.</summary>
/// <param name="SiteRoot">The unit's address root: "~/prefix" under the portal's own host, or "//host" for a unit on its own host name.</param>
public sealed record HostSearchGroup(string TenantName, string DisplayName, string SiteRoot, IReadOnlyList<SearchHit> Hits, int Total)
{
    public float BestScore => Hits.Count == 0 ? 0 : Hits[0].Score;
}
