using System.Text;

namespace Portal.Core.Text;

/// <summary>The one normalization applied to every text the portal stores: legacy conversion, then Unicode NFC.</summary>
public static class VietnameseText
{
    /// <summary>NFC, with TCVN3/VNI text converted when detection is confident.</summary>
    public static string Normalize(string? text) => NormalizeWithReport(text).Text;

    /// <summary>Like <see cref="Normalize"/>, also telling what legacy encoding was converted.</summary>
    public static LegacyConversion NormalizeWithReport(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new LegacyConversion(string.Empty, LegacyEncoding.None, 0);
        }
        // NFC first: decomposed Unicode Vietnamese must read as Unicode to the detector, never as legacy.
        var composed = text.Normalize(NormalizationForm.FormC);
        return LegacyVietnamese.Convert(composed) is { Changes: > 0 } converted
            ? converted
            : new LegacyConversion(composed, LegacyEncoding.None, 0);
    }

    /// <summary>
    /// True when the text holds a letter only Unicode Vietnamese uses (ă, đ, ơ, ư, ạ…ỹ or a combining
    /// tone mark): such text was typed in Unicode, and no legacy encoding can produce it.
    /// </summary>
    public static bool ContainsUnicodeVietnamese(string text)
    {
        foreach (var c in text)
        {
            if (c is '\u0102' or '\u0103' or '\u0110' or '\u0111' or '\u0128' or '\u0129' or '\u0168' or '\u0169'
                or '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' or (>= '\u1EA0' and <= '\u1EF9')
                or '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323' or '\u0302' or '\u0306' or '\u031B')
            {
                return true;
            }
        }
        return false;
    }
}
