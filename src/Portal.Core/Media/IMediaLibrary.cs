namespace Portal.Core.Media;

/// <summary>
/// The current tenant's media library: the one path by which files enter, change and leave it, for
/// the admin screens and for other code (Word import saves its images here; content checks captions
/// here). It does not check permissions: callers do, as for any service. Uploads and deletions are
/// written to the audit trail.
/// </summary>
public interface IMediaLibrary
{
    /// <summary>
    /// Checks (type by content, size, SVG refused) and stores a file with its resized copies.
    /// On refusal nothing is kept and the problem says why, in Vietnamese.
    /// </summary>
    /// <param name="folder">Folder path ("" or null for the root); it must exist.</param>
    /// <param name="fileName">The uploader's file name; only shown, never used as a path.</param>
    Task<MediaResult<MediaItemView>> SaveAsync(string? folder, string fileName, Stream content, string? uploaderId,
        string? alt = null, string? caption = null, CancellationToken cancellationToken = default);

    Task<MediaItemView?> FindAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>The item an URL of the library points to (original or resized copy, any spelling), or null.</summary>
    Task<MediaItemView?> FindByUrlAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each URL, the caption of the library item it points to; null when the item has no caption
    /// or the URL is not in the library. Content uses it to refuse images without captions.
    /// </summary>
    Task<IReadOnlyDictionary<string, string?>> CaptionsAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default);

    /// <summary>Items of a folder (null: all folders), newest first, whose name, alt or caption contains <paramref name="query"/>.</summary>
    Task<IReadOnlyList<MediaItemView>> ListAsync(string? folder, string? query, int take = 200, CancellationToken cancellationToken = default);

    Task<MediaResult<MediaItemView>> UpdateTextAsync(int id, string? alt, string? caption, CancellationToken cancellationToken = default);

    /// <summary>Deletes the item, its file and its copies; refused while content shows it (the titles are named).</summary>
    Task<MediaResult<MediaItemView>> DeleteAsync(int id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MediaFolder>> FoldersAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a folder under <paramref name="parent"/> ("" or null: the root).</summary>
    Task<MediaResult<MediaFolder>> CreateFolderAsync(string? parent, string name, CancellationToken cancellationToken = default);

    /// <summary>The folder <paramref name="name"/> under <paramref name="parent"/>, created when missing (e.g. Word import's folder).</summary>
    Task<MediaResult<MediaFolder>> EnsureFolderAsync(string? parent, string name, CancellationToken cancellationToken = default);
}
