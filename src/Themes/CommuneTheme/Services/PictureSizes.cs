using Microsoft.EntityFrameworkCore;
using Portal.Core.Media;

namespace CommuneTheme.Services;

/// <summary>
/// The pixel sizes of the library pictures a page shows, read in one query before the view is drawn, so every
/// &lt;img&gt; carries width and height (the browser keeps its place before it loads: no jumping text) and a srcset
/// of the copies that exist. Scoped: one page's pictures.
/// </summary>
public sealed class PictureSizes(MediaDbContext media)
{
    /// <summary>A library picture's size and the widths of its resized copies.</summary>
    public sealed record Size(int Width, int Height, IReadOnlyList<int> Widths);

    private readonly Dictionary<string, Size?> _known = new(StringComparer.Ordinal);

    /// <summary>Reads the sizes of the library pictures among <paramref name="urls"/> (other addresses are ignored).</summary>
    public async Task LoadAsync(IEnumerable<string?> urls, CancellationToken cancellationToken)
    {
        var paths = urls.Select(MediaUrls.TryGetPath).OfType<string>().Where(p => !_known.ContainsKey(p)).Distinct().ToList();
        if (paths.Count == 0)
        {
            return;
        }
        var rows = await media.Items.AsNoTracking().Where(i => paths.Contains(i.Path) && i.Width != null && i.Height != null)
            .Select(i => new { i.Path, i.Width, i.Height, i.VariantWidths }).ToListAsync(cancellationToken);
        foreach (var path in paths)
        {
            _known[path] = null;
        }
        foreach (var row in rows)
        {
            _known[row.Path] = new Size(row.Width!.Value, row.Height!.Value,
                [.. row.VariantWidths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)]);
        }
    }

    /// <summary>The sizes read so far (null: not a library picture), to keep with a page's data (<see cref="ArticlePageCache"/>).</summary>
    public IReadOnlyDictionary<string, Size?> Known => new Dictionary<string, Size?>(_known, StringComparer.Ordinal);

    /// <summary>Sizes read for an earlier render of the same page; library pictures never change size (stored files are never rewritten).</summary>
    public void Remember(IReadOnlyDictionary<string, Size?> known)
    {
        foreach (var (path, size) in known)
        {
            _known[path] = size;
        }
    }

    /// <summary>The size of the picture at <paramref name="url"/>, when it is a library picture read by <see cref="LoadAsync"/>.</summary>
    public Size? Find(string? url) => MediaUrls.TryGetPath(url) is { } path && _known.TryGetValue(path, out var size) ? size : null;
}
