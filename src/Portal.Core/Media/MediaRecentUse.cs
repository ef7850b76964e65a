using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Media;

/// <summary>
/// The library files the unit's most recently saved content shows, most recent first: what an editor is likely to
/// pick again (the same event's photos for the follow-up article, the unit's standing pictures).
/// </summary>
public static partial class MediaRecentUse
{
    /// <summary>How many of the latest saved versions are read; a few weeks of a commune's editing.</summary>
    public const int Versions = 60;

    public static async Task<IReadOnlyList<string>> PathsAsync(TenantDbContext db, CancellationToken cancellationToken)
    {
        var recent = await db.ContentVersions.AsNoTracking()
            .OrderByDescending(v => v.CreatedUtc).ThenByDescending(v => v.Id)
            .Take(Versions).Select(v => new { v.Body, v.Parts }).ToListAsync(cancellationToken);
        return InOrder(recent.Select(v => (v.Body ?? "") + "\n" + v.Parts));
    }

    /// <summary>Library paths referenced by <paramref name="texts"/> (the original or a resized copy), first mention first.</summary>
    public static IReadOnlyList<string> InOrder(IEnumerable<string> texts) =>
        texts.SelectMany(text => Reference().Matches(text).Select(m => Uri.UnescapeDataString(m.Groups["path"].Value)))
            .Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"media/(?:_variants/\d+/)?(?<path>[^""'?#\s)<>\\]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
