namespace Portal.Core.Text;

/// <summary>The pre-Unicode Vietnamese encodings still found in pasted text and old .docx files.</summary>
public enum LegacyEncoding
{
    /// <summary>Nothing legacy found (or not confidently): the text is left as it is.</summary>
    None,

    /// <summary>TCVN3 (ABC, TCVN 5712:1993 VN3): one 8-bit code per lowercase toned letter, ".Vn…" fonts.</summary>
    Tcvn3,

    /// <summary>VNI-Windows: base letter followed by diacritic characters, "VNI-…" fonts.</summary>
    Vni,
}

/// <summary>What <see cref="LegacyVietnamese.Detect"/> found; <see cref="IsConfident"/> decides whether to convert.</summary>
/// <param name="Encoding">The more likely legacy encoding, or <see cref="LegacyEncoding.None"/>.</param>
/// <param name="Confidence">0 to 1: the share of the non-ASCII words that look like that encoding.</param>
/// <param name="IsConfident">True only with enough characteristic words and no Unicode Vietnamese against it.</param>
public readonly record struct LegacyDetection(LegacyEncoding Encoding, double Confidence, bool IsConfident)
{
    public static LegacyDetection Nothing => new(LegacyEncoding.None, 0, false);
}

/// <summary>The result of <see cref="LegacyVietnamese.Convert(string)"/>.</summary>
/// <param name="Text">The converted text (or the input unchanged when nothing was converted).</param>
/// <param name="Detected">The encoding converted from, or <see cref="LegacyEncoding.None"/>.</param>
/// <param name="Changes">How many letters were replaced.</param>
public readonly record struct LegacyConversion(string Text, LegacyEncoding Detected, int Changes);
