using System.Text;

namespace Portal.Core.Text;

/// <summary>
/// Detects and converts Vietnamese typed in the legacy TCVN3 (ABC) and VNI encodings into Unicode NFC,
/// as TCVN 6909:2001 requires of state agencies' sites. Detection only converts when confident
/// (see <see cref="LegacyEncodingScorer"/>), so correct Unicode, English or French text is left alone.
/// </summary>
public static class LegacyVietnamese
{
    public static LegacyDetection Detect(string text) =>
        string.IsNullOrEmpty(text) ? LegacyDetection.Nothing : LegacyEncodingScorer.Detect(text);

    /// <summary>Converts the text when <see cref="Detect"/> is confident; otherwise returns it unchanged.</summary>
    public static LegacyConversion Convert(string text)
    {
        var detection = Detect(text);
        return detection.IsConfident ? Convert(text, detection.Encoding) : new LegacyConversion(text, LegacyEncoding.None, 0);
    }

    /// <summary>
    /// Converts from a known encoding, without scoring: for text whose font says what it is (".VnTime",
    /// "VNI-Times") or whose surrounding document was detected as a whole.
    /// </summary>
    public static LegacyConversion Convert(string text, LegacyEncoding encoding)
    {
        var (converted, changes) = encoding switch
        {
            LegacyEncoding.Tcvn3 => FromTcvn3(text),
            LegacyEncoding.Vni => FromVni(text),
            _ => (text, 0),
        };
        return changes == 0
            ? new LegacyConversion(text, LegacyEncoding.None, 0)
            : new LegacyConversion(converted.Normalize(NormalizationForm.FormC), encoding, changes);
    }

    private static (string, int) FromTcvn3(string text)
    {
        var builder = new StringBuilder(text.Length);
        var changes = 0;
        foreach (var c in text)
        {
            if (Tcvn3Table.Map.TryGetValue(c, out var unicode))
            {
                builder.Append(unicode);
                changes++;
            }
            else
            {
                builder.Append(c);
            }
        }
        return (builder.ToString(), changes);
    }

    private static (string, int) FromVni(string text)
    {
        var builder = new StringBuilder(text.Length);
        var changes = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Longest match first: "oä" (ộ) before "o"; "ôù" (ớ) before "ô" (ơ).
            if (i + 1 < text.Length && VniTable.Map.TryGetValue(text.Substring(i, 2), out var pair))
            {
                builder.Append(pair);
                changes++;
                i += 2;
            }
            else if (text[i] > 0x7F && VniTable.Map.TryGetValue(text[i].ToString(), out var single))
            {
                builder.Append(single);
                changes++;
                i++;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }
        return (builder.ToString(), changes);
    }
}
