using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Media;

/// <summary>
/// Which content shows a library file: the current draft or the published version of items not deleted.
/// Content is kept for years (permanently for some sections), so a file in use is not deleted from under it.
/// Older versions are not counted: a restored old version may show a gap where a since-deleted picture was.
/// </summary>
public static class MediaUsage
{
    public static async Task<IReadOnlyList<string>> TitlesUsingAsync(TenantDbContext db, string path, CancellationToken cancellationToken)
    {
        // SQL narrows by the path's text; the regular expression then keeps only real references to it
        // (the original or a resized copy, "~/media/…" or "/prefix/media/…"), not a longer name that contains it.
        var like = "%" + path.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var candidates = await (
            from item in db.ContentItems.AsNoTracking()
            where !item.IsDeleted
            join version in db.ContentVersions.AsNoTracking() on item.Id equals version.ContentItemId
            where (version.Number == item.LatestVersion || version.Number == item.PublishedVersion)
                && (EF.Functions.Like(version.Body!, like, "\\") || EF.Functions.Like(version.Parts, like, "\\"))
            select new { item.Id, version.Title, version.Body, version.Parts }).ToListAsync(cancellationToken);
        var reference = new Regex($@"media/(?:{Regex.Escape(MediaPaths.VariantsFolder)}/\d+/)?{Regex.Escape(path)}(?=[""'?#\s)<\\]|$)", RegexOptions.CultureInvariant);
        return candidates
            .Where(c => reference.IsMatch(c.Body ?? "") || reference.IsMatch(c.Parts))
            .GroupBy(c => c.Id)
            .Select(g => g.Last().Title)
            .ToList();
    }
}
