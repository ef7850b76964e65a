namespace Portal.Core.Media;

/// <summary>A library item as other code uses it: its data and its app-relative URLs ("~/media/…").</summary>
public sealed record MediaItemView
{
    public required int Id { get; init; }

    public required string Path { get; init; }

    public required string FolderPath { get; init; }

    public required string OriginalName { get; init; }

    public required string ContentType { get; init; }

    public required MediaKind Kind { get; init; }

    public required long Size { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public string? Alt { get; init; }

    public string? Caption { get; init; }

    public string? UploaderId { get; init; }

    public string? UploaderName { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public MediaTextState TextState { get; init; }

    /// <summary>The file's text could not be read for search (shown on the media screen).</summary>
    public bool IsUnreadable => TextState == MediaTextState.Unreadable;

    /// <summary>The original file.</summary>
    public required string Url { get; init; }

    /// <summary>Resized copies by width (only widths smaller than the original exist).</summary>
    public required IReadOnlyDictionary<int, string> Variants { get; init; }

    /// <summary>The smallest copy, or the original when there is none (small images, GIFs); null for non-images.</summary>
    public string? ThumbnailUrl => Kind != MediaKind.Image ? null : Variants.Count > 0 ? Variants[Variants.Keys.Min()] : Url;

    public bool HasCaption => !string.IsNullOrWhiteSpace(Caption);

    public static MediaItemView From(MediaItem item) => new()
    {
        Id = item.Id,
        Path = item.Path,
        FolderPath = item.FolderPath,
        OriginalName = item.OriginalName,
        ContentType = item.ContentType,
        Kind = item.Kind,
        Size = item.Size,
        Width = item.Width,
        Height = item.Height,
        Alt = item.Alt,
        Caption = item.Caption,
        UploaderId = item.UploaderId,
        UploaderName = item.UploaderName,
        CreatedUtc = item.CreatedUtc,
        TextState = item.TextState,
        Url = MediaUrls.Original(item.Path),
        Variants = item.Widths.ToDictionary(w => w, w => MediaUrls.Variant(item.Path, w)),
    };
}
