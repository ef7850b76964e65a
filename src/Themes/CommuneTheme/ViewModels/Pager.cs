namespace CommuneTheme.ViewModels;

/// <summary>
/// Page links of a listing: first, last and the pages near the current one, so a section of 2,000
/// articles shows a dozen links rather than two hundred.
/// </summary>
/// <param name="Url">The address of a page number (keeps the listing's filters).</param>
public sealed record Pager(int Page, int PageCount, Func<int, string> Url)
{
    private const int Around = 2;

    /// <summary>Page numbers to link, in order; null marks a gap ("…").</summary>
    public IEnumerable<int?> Links()
    {
        int? last = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= Around)
            {
                if (last is { } previous && p > previous + 1)
                {
                    yield return null;
                }
                yield return p;
                last = p;
            }
        }
    }
}
