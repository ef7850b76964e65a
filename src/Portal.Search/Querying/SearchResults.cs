using Portal.Abstractions.Admin;
namespace Portal.Search.Querying;

/// <summary>
/// A page of results. <see cref="Message"/> is set (in Vietnamese) when the query could not be used as
/// typed — empty, made only of symbols, or cut for length — so the page can say why.
/// </summary>
public sealed record SearchResults(UserQuery Query, IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize, string? Message)
{
    /// <summary>Shown while the unit's index is behind or damaged and being rebuilt: the results may miss items.</summary>
    public const string RebuildingNotice = "Đang dựng lại chỉ mục tìm kiếm… Kết quả có thể chưa đầy đủ; xin thử lại sau ít phút.";

    /// <summary>Set (to <see cref="RebuildingNotice"/>) when the results came from an index that may miss changes.</summary>
    public string? IndexNotice { get; init; }

    /// <summary>Deep pages are not served: nobody reads page 200, and collecting its hits costs the whole ranking.</summary>
    public const int MaxPage = 50;

    public int PageCount => Math.Min(Paging.PageCountFor(Total, PageSize), MaxPage);

    public static SearchResults Empty(UserQuery query, string? message) => new(query, [], 0, 1, 10, message);
}
