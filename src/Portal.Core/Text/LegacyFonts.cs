namespace Portal.Core.Text;

/// <summary>
/// Recognises legacy Vietnamese fonts by name: in a .docx the run's font says how its text is encoded,
/// which is surer than any scoring.
/// </summary>
public static class LegacyFonts
{
    /// <summary>TCVN3 fonts are named ".Vn…" (".VnTime", ".VnArial"); VNI fonts "VNI-…" ("VNI-Times").</summary>
    public static LegacyEncoding EncodingOf(string? fontName)
    {
        var name = fontName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return LegacyEncoding.None;
        }
        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
        {
            return LegacyEncoding.Tcvn3;
        }
        return name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) ? LegacyEncoding.Vni : LegacyEncoding.None;
    }

    /// <summary>
    /// ".VnTimeH", ".VnArialH": TCVN3 capitals fonts, which draw the lowercase codes as capitals (VN3 has no
    /// codes for toned capitals), so their text must be upper-cased after conversion.
    /// </summary>
    public static bool IsTcvn3CapitalsFont(string? fontName)
    {
        var name = fontName?.Trim();
        return EncodingOf(name) == LegacyEncoding.Tcvn3 && name!.Length > 4 && name.EndsWith('H');
    }

    /// <summary>Converts text written in the given font; text in other fonts comes back unchanged.</summary>
    public static LegacyConversion ConvertByFont(string text, string? fontName)
    {
        var encoding = EncodingOf(fontName);
        // Unicode typed into a legacy font (it happens with old templates) is already right: leave it.
        if (encoding == LegacyEncoding.None || VietnameseText.ContainsUnicodeVietnamese(text))
        {
            return new LegacyConversion(text, LegacyEncoding.None, 0);
        }
        var converted = LegacyVietnamese.Convert(text, encoding);
        if (IsTcvn3CapitalsFont(fontName))
        {
            var upper = converted.Text.ToUpperInvariant();
            var changes = converted.Changes + (upper == converted.Text ? 0 : 1);
            return changes == 0 ? converted : new LegacyConversion(upper, LegacyEncoding.Tcvn3, changes);
        }
        return converted;
    }
}
