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
            var c = raw switch { 'đ' => 'd', 'Đ' => 'd', _ => char.ToLowerInvariant(raw) };
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
