using System.Globalization;
using System.Text;

namespace Portal.Search.Analysis;

/// <summary>
/// The two spellings a word is indexed under: exact (lower case, NFC, diacritics kept) and folded
/// (diacritics dropped, đ → d), so "truong hoc" finds "trường học" while "mướn" can still rank above "muốn".
/// </summary>
public static class VietnameseFolding
{
    /// <summary>Lower case in NFC: decomposed input (NFD, from macOS or some keyboards) matches composed text.</summary>
    public static string Exact(string word) => word.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>Lower case without any diacritic; đ has no decomposition, so it is mapped by hand.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    /// <summary>True when folding changes the word, i.e. it carries a diacritic the reader typed on purpose.</summary>
    public static bool HasDiacritics(string word) => !string.Equals(Exact(word), Fold(word), StringComparison.Ordinal);
}
