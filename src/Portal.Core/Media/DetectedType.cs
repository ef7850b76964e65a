namespace Portal.Core.Media;

/// <summary>What a file's bytes say it is.</summary>
/// <param name="Extension">Extension the file is stored under (lowercase, with dot), decided by content.</param>
/// <param name="ContentType">MIME type served with it.</param>
public sealed record DetectedType(MediaKind Kind, string Extension, string ContentType)
{
    public static readonly DetectedType Jpeg = new(MediaKind.Image, ".jpg", "image/jpeg");
    public static readonly DetectedType Png = new(MediaKind.Image, ".png", "image/png");
    public static readonly DetectedType Gif = new(MediaKind.Image, ".gif", "image/gif");
    public static readonly DetectedType Webp = new(MediaKind.Image, ".webp", "image/webp");
    public static readonly DetectedType Pdf = new(MediaKind.Document, ".pdf", "application/pdf");
    public static readonly DetectedType Doc = new(MediaKind.Document, ".doc", "application/msword");
    public static readonly DetectedType Xls = new(MediaKind.Document, ".xls", "application/vnd.ms-excel");
    public static readonly DetectedType Docx = new(MediaKind.Document, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly DetectedType Xlsx = new(MediaKind.Document, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly DetectedType Mp4 = new(MediaKind.Video, ".mp4", "video/mp4");

    public static IReadOnlyList<DetectedType> All { get; } = [Jpeg, Png, Gif, Webp, Pdf, Doc, Xls, Docx, Xlsx, Mp4];

    /// <summary>The served type of a stored file, by the extension the library itself gave it.</summary>
    public static DetectedType? ForExtension(string extension) =>
        All.FirstOrDefault(t => string.Equals(t.Extension, extension, StringComparison.OrdinalIgnoreCase));
}
