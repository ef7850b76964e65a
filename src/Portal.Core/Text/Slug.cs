using System.Globalization;
using System.Text;

namespace Portal.Core.Text;

/// <summary>URL slugs from Vietnamese text: diacritics stripped, đ→d, lowercase, hyphens.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            // Text converted from legacy fonts (TCVN3, VNI) often carries the look-alike Ð/ð (U+00D0/U+00F0) for Đ/đ.
            var c = raw switch { 'đ' or 'Đ' or 'ð' or 'Ð' => 'd', _ => char.ToLowerInvariant(raw) };
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }
}
