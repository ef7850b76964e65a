namespace Portal.Abstractions.Admin;

/// <summary>
/// One page of a list: which rows to skip and take, how many pages there are. Pages count from 1; an empty list
/// still has one page.
/// </summary>
/// <param name="Page">The page shown.</param>
/// <param name="PageSize">Rows per page.</param>
/// <param name="Total">Rows in the whole list.</param>
/// <param name="Requested">The page asked for (a link or a typed address may ask for one that does not exist).</param>
public sealed record Paging(int Page, int PageSize, int Total, int Requested)
{
    /// <summary>Rows before the page.</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <summary>Rows of the page at most.</summary>
    public int Take => PageSize;

    /// <summary>Pages of the whole list, at least one.</summary>
    public int PageCount => PageCountFor(Total, PageSize);

    /// <summary>
    /// The page asked for, moved into the list: below the first is the first, past the last is the last
    /// (the admin lists: a page number kept from before a deletion still shows rows).
    /// </summary>
    public static Paging Clamped(int page, int pageSize, int total)
    {
        var size = PositiveSize(pageSize);
        return new(Math.Clamp(page, 1, PageCountFor(total, size)), size, Math.Max(0, total), page);
    }

    /// <summary>
    /// The page asked for, at least the first; a page past the last stays there and shows nothing
    /// (the public site: a stale link says "no more" rather than repeating the last page).
    /// </summary>
    public static Paging FromFirst(int page, int pageSize, int total) =>
        new(Math.Max(1, page), PositiveSize(pageSize), Math.Max(0, total), page);

    /// <summary>Pages needed for <paramref name="total"/> rows, at least one.</summary>
    public static int PageCountFor(int total, int pageSize) => Math.Max(1, (total + PositiveSize(pageSize) - 1) / PositiveSize(pageSize));

    private static int PositiveSize(int pageSize) =>
        pageSize > 0 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds at least one row.");
}
