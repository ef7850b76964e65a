namespace Portal.Core.Media;

/// <summary>Upload limits and image sizes; bound from "Portal:Media".</summary>
public sealed class MediaOptions
{
    /// <summary>Largest image accepted, in bytes (10 MB: a phone photo fits, a raw scan does not).</summary>
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest document (PDF, Word, Excel) accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest MP4 video accepted, in bytes.</summary>
    public long MaxVideoBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>
    /// Widths of the resized copies made for thumbnails and article columns (default 320, 800, 1280);
    /// never wider than the original. Null by default because the configuration binder appends to an
    /// array it finds filled, so a configured list would otherwise be added to the defaults.
    /// </summary>
    public int[]? VariantWidths { get; set; }

    public IReadOnlyList<int> Widths => VariantWidths is { Length: > 0 } widths ? widths : [320, 800, 1280];

    /// <summary>Images with more pixels than this are refused before decoding (decompression bombs).</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Kinds that may be uploaded; all when not configured (null for the same reason as <see cref="VariantWidths"/>).</summary>
    public MediaKind[]? AllowedKinds { get; set; }

    public IReadOnlyList<MediaKind> Kinds => AllowedKinds is { Length: > 0 } kinds ? kinds : [MediaKind.Image, MediaKind.Document, MediaKind.Video];

    /// <summary>
    /// Storage each unit's library may fill, in bytes (5 GB: years of a commune's photos and documents), unless the
    /// operator set the unit's own figure on its detail page. 0 means no limit.
    /// </summary>
    public long UnitQuotaBytes { get; set; } = 5L * 1024 * 1024 * 1024;

    public long MaxBytesFor(MediaKind kind) => kind switch
    {
        MediaKind.Image => MaxImageBytes,
        MediaKind.Video => MaxVideoBytes,
        _ => MaxDocumentBytes,
    };
}
