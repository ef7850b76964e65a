using System.Globalization;
using System.Text;

namespace Portal.Core.Identity.Passwords;

/// <summary>How the password rules compare text: lower case, Vietnamese diacritics and đ folded away.</summary>
internal static class PasswordText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    /// <summary>Folded, letters and digits only: "Đắk Plô" and "dak-plo" both become "dakplo".</summary>
    public static string LettersAndDigits(string text) => string.Concat(Fold(text).Where(char.IsAsciiLetterOrDigit));
}
