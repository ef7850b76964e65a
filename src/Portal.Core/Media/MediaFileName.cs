using System.Globalization;
using System.Text;
using Portal.Core.Text;

namespace Portal.Core.Media;

/// <summary>
/// Names of uploaded files. The original name is kept only as display text (NFC, no folders, no
/// control characters; views HTML-encode it); the stored name is built by the library from a slug,
/// a random part and the extension the content was detected as, so no client text reaches the disk path.
/// </summary>
public static class MediaFileName
{
    public const int MaxOriginalLength = 200;

    /// <summary>The display name: last path segment only (either slash), NFC, control and bidi characters removed.</summary>
    public static string CleanOriginal(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Format characters include right-to-left overrides that disguise "gpj.exe" as "exe.jpg".
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            builder.Append(c);
        }
        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length > MaxOriginalLength)
        {
            cleaned = cleaned[..MaxOriginalLength];
        }
        return cleaned.Length == 0 ? "tep-tin" : cleaned;
    }

    /// <summary>"Ảnh Lễ hội.JPG" detected as JPEG → "anh-le-hoi-3f9a1c.jpg".</summary>
    public static string StoredName(string originalName, DetectedType type)
    {
        var stem = Slug.From(Path.GetFileNameWithoutExtension(originalName));
        if (stem.Length > 60)
        {
            stem = stem[..60].TrimEnd('-');
        }
        if (stem.Length == 0)
        {
            stem = "tep";
        }
        return $"{stem}-{Guid.NewGuid().ToString("N")[..8]}{type.Extension}";
    }
}
