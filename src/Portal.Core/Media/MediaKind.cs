namespace Portal.Core.Media;

/// <summary>Broad family of a stored file; limits and thumbnails depend on it.</summary>
public enum MediaKind
{
    Image = 0,
    Document = 1,
    Video = 2,
}
