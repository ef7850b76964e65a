using System.Globalization;
using System.Text;

namespace Portal.Search.Analysis;

/// <summary>
/// The two spellings a word is indexed under: exact (lower case, NFC, diacritics kept) and folded
/// (diacritics dropped, đ → d), so "truong hoc" finds "trường học" while "mướn" can still rank above "muốn".
/// </summary>
public static class VietnameseFolding
{
    // Every precomposed Latin letter up to U+1EFF folds to one ASCII letter, so folding can work char by
    // char in place on the analyzer's buffer: the table is built once from Unicode's own decompositions.
    private const int TableSize = 0x1F00;
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Lower case in NFC: decomposed input (NFD, from macOS or some keyboards) matches composed text.</summary>
    public static string Exact(string word) => word.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>Lower case without any diacritic; đ has no decomposition, so it is mapped by hand.</summary>
    public static string Fold(string word)
    {
        var chars = word.Normalize(NormalizationForm.FormC).ToCharArray();
        var length = FoldInPlace(chars, chars.Length);
        return new string(chars, 0, length);
    }

    /// <summary>
    /// Folds the first <paramref name="length"/> chars of an NFC buffer in place and returns the new length
    /// (shorter only when the buffer held stray combining marks, which are dropped).
    /// </summary>
    public static int FoldInPlace(char[] buffer, int length)
    {
        var write = 0;
        for (var read = 0; read < length; read++)
        {
            var c = buffer[read];
            if (c < TableSize)
            {
                var folded = FoldTable[c];
                if (folded != '\0')
                {
                    buffer[write++] = folded;
                }
            }
            else
            {
                buffer[write++] = char.ToLowerInvariant(c);
            }
        }
        return write;
    }

    /// <summary>Lower-cases in place; the analyzer's input is already NFC (<see cref="Indexing.SearchText"/>).</summary>
    public static void LowerInPlace(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            buffer[i] = char.ToLowerInvariant(buffer[i]);
        }
    }

    /// <summary>'\0' marks a char to drop (a combining mark).</summary>
    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
            table[i] = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(baseChar),
            };
        }
        return table;
    }
}
