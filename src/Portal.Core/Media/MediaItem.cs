namespace Portal.Core.Media;

/// <summary>One stored file of the tenant's library.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }

    /// <summary>Folder path ("" for the root); denormalised so URLs need no join.</summary>
    public string FolderPath { get; set; } = "";

    /// <summary>The uploader's file name, cleaned (<see cref="MediaFileName.CleanOriginal"/>); display only.</summary>
    public required string OriginalName { get; set; }

    /// <summary>Name on disk, made by the library; unique within the folder.</summary>
    public required string StoredName { get; set; }

    /// <summary>Path inside the media folder, e.g. "tin-tuc/anh-3f9a1c2b.jpg"; unique.</summary>
    public required string Path { get; set; }

    public required string ContentType { get; set; }

    public MediaKind Kind { get; set; }

    public long Size { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>Resized copies that exist, as comma-separated widths ("320,800").</summary>
    public string VariantWidths { get; set; } = "";

    public string? Alt { get; set; }

    public string? Caption { get; set; }

    public string? UploaderId { get; set; }

    public string? UploaderName { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Whether the document's text was read for search; an unreadable file is marked once and never retried.</summary>
    public MediaTextState TextState { get; set; }

    public IReadOnlyList<int> Widths =>
        VariantWidths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
