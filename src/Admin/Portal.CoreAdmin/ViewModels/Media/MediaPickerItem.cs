using Portal.Core.Media;

namespace Portal.CoreAdmin.ViewModels.Media;

/// <summary>
/// One entry of the editor's picker (JSON). URLs are resolved for the current address; "path" is what to store;
/// "recent" marks a file recently used in content (listed first).
/// </summary>
public sealed record MediaPickerItem(
    int Id,
    string Name,
    string Path,
    string Kind,
    string ContentType,
    long Size,
    int? Width,
    int? Height,
    string? Alt,
    string? Caption,
    string Url,
    string? ThumbnailUrl,
    IReadOnlyDictionary<int, string> Variants,
    string Folder,
    bool Recent)
{
    public static MediaPickerItem From(MediaItemView item, string? pathBase, bool recent = false) => new(
        item.Id,
        item.OriginalName,
        item.Path,
        item.Kind.ToString().ToLowerInvariant(),
        item.ContentType,
        item.Size,
        item.Width,
        item.Height,
        item.Alt,
        item.Caption,
        MediaUrls.Resolve(item.Url, pathBase),
        item.ThumbnailUrl is null ? null : MediaUrls.Resolve(item.ThumbnailUrl, pathBase),
        item.Variants.ToDictionary(v => v.Key, v => MediaUrls.Resolve(v.Value, pathBase)),
        item.FolderPath,
        recent);
}
