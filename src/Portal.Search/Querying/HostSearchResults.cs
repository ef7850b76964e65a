using Portal.Abstractions.Admin;
namespace Portal.Search.Querying;

/// <summary>
/// A page of a host-wide search: units with hits, best unit first. <see cref="UnitsSearched"/> is every
/// active unit present in the host index; <see cref="Unavailable"/> names the active units it does not hold
/// yet (the first build after start is still running), never leaving them out silently.
/// </summary>
public sealed record HostSearchResults(
    UserQuery Query,
    IReadOnlyList<HostSearchGroup> Groups,
    int UnitsWithHits,
    int UnitsSearched,
    IReadOnlyList<string> Unavailable,
    int Page,
    string? Message)
{
    public const int UnitsPerPage = 20;

    public int PageCount => Paging.PageCountFor(UnitsWithHits, UnitsPerPage);

    public static HostSearchResults Empty(UserQuery query, string? message) => new(query, [], 0, 0, [], 1, message);
}
