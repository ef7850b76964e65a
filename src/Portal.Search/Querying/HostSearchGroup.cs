namespace Portal.Search.Querying;

/// <summary>One unit's share of a host-wide search: its best hits and how many it has in all.</summary>
public sealed record HostSearchGroup(string TenantName, string DisplayName, string? UrlPrefix, IReadOnlyList<SearchHit> Hits, int Total)
{
    public float BestScore => Hits.Count == 0 ? 0 : Hits[0].Score;
}
