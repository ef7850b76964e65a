using System.Text;

namespace Portal.Core.Media;

/// <summary>Alt texts and captions as stored: trimmed, NFC (TCVN 6909:2001 Unicode), empty as null.</summary>
public static class MediaText
{
    public const int MaxAlt = 500;
    public const int MaxCaption = 2000;

    public static string? Clean(string? text)
    {
        var cleaned = text?.Normalize(NormalizationForm.FormC).Trim();
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    /// <summary>The problem with the texts, or null when they fit.</summary>
    public static MediaProblem? Check(string? alt, string? caption) =>
        alt?.Length > MaxAlt ? new MediaProblem("Văn bản thay thế dài quá {0} ký tự.", MaxAlt)
        : caption?.Length > MaxCaption ? new MediaProblem("Chú thích dài quá {0} ký tự.", MaxCaption)
        : null;
}
