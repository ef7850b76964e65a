namespace Portal.Core.Content.Import;

/// <summary>
/// Which paragraph under a picture is its caption. Word's Caption style (or a style based on it) always is, up to
/// <see cref="MaxStyledLength"/> characters. A line typed under the picture is when it reads like one: centred or all
/// in italics (as captions are set) up to the same length, otherwise short (<see cref="MaxPlainLength"/>) and not
/// introducing what follows (a trailing colon). Longer lines are body text, which must not vanish into a caption.
/// </summary>
internal static class DocxCaptionRule
{
    /// <summary>Longest caption taken from a caption style, a centred or italic line, or a picture's text box.</summary>
    public const int MaxStyledLength = 300;

    /// <summary>Longest plain line under a picture taken as its caption.</summary>
    public const int MaxPlainLength = 120;

    /// <summary>Whether a body paragraph (no heading, list item or picture) right under a picture is its caption.</summary>
    public static bool IsTypedCaption(string text, bool setAsCaption) =>
        text.Length > 0
        && !text.EndsWith(':')
        && text.Length <= (setAsCaption ? MaxStyledLength : MaxPlainLength);
}
