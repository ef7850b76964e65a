namespace Portal.Core.Text;

/// <summary>
/// Scores text word by word for TCVN3 and VNI. French, German or Unicode Vietnamese text also carries
/// é, ò, ô…, so single characters prove nothing: a word counts as strong evidence only for sequences
/// those languages do not produce (TCVN3: a symbol such as ¸ · µ inside a word, or a capital such as
/// Ö right after a lowercase letter; VNI: a vowel followed by a VNI tone mark other than the few
/// French pairs like "où"). Characters an encoding never uses, and Unicode Vietnamese letters, count against.
/// </summary>
internal static class LegacyEncodingScorer
{
    // French and German vowel pairs that are also valid VNI sequences: weak evidence only.
    private static readonly HashSet<string> WeakVniPairs = new(StringComparer.Ordinal) { "où", "oû", "aï", "oï", "eï", "uï", "eû", "aî" };

    private const string VniBases = "aeiouyAEIOUYôöÔÖ";

    public static LegacyDetection Detect(string text)
    {
        double tcvn = 0, vni = 0;
        int tcvnStrong = 0, vniStrong = 0, candidates = 0, unicodeWords = 0;
        foreach (var word in Words(text))
        {
            candidates++;
            if (VietnameseText.ContainsUnicodeVietnamese(word))
            {
                unicodeWords++;
                tcvn--;
                vni--;
                continue;
            }
            var t = ScoreTcvn3(word);
            var v = ScoreVni(word);
            tcvn += t;
            vni += v;
            tcvnStrong += t >= 1 ? 1 : 0;
            vniStrong += v >= 1 ? 1 : 0;
        }
        if (candidates == 0)
        {
            return LegacyDetection.Nothing;
        }
        var (encoding, score, strong) = tcvn >= vni
            ? (LegacyEncoding.Tcvn3, tcvn, tcvnStrong)
            : (LegacyEncoding.Vni, vni, vniStrong);
        var confidence = Math.Clamp(score / candidates, 0, 1);
        if (confidence <= 0)
        {
            return LegacyDetection.Nothing;
        }
        // Two characteristic words at least, most non-ASCII words agreeing, and more legacy words than Unicode ones.
        var confident = strong >= 2 && confidence >= 0.5 && strong > unicodeWords;
        return new LegacyDetection(encoding, confidence, confident);
    }

    /// <summary>Words that hold at least one non-ASCII character (pure ASCII words say nothing).</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        var nonAscii = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                    nonAscii = false;
                }
                nonAscii |= text[i] > 0x7F;
            }
            else if (start >= 0)
            {
                if (nonAscii)
                {
                    yield return text[start..i];
                }
                start = -1;
            }
        }
    }

    // Letters, combining marks, and the Latin-1 symbols TCVN3 uses as letters (¸ · µ « ­ …).
    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || c is >= '\u0300' and <= '\u036F' || Tcvn3Table.Map.ContainsKey(c);

    /// <summary>1 = characteristic, 0.5 = possible, negative = impossible in TCVN3.</summary>
    private static double ScoreTcvn3(string word)
    {
        var strong = false;
        var hasAsciiLetter = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c <= 0x7F)
            {
                hasAsciiLetter = true;
                continue;
            }
            if (!Tcvn3Table.Map.ContainsKey(c))
            {
                return -1;
            }
            var previousIsLower = i > 0 && char.IsLower(word[i - 1]);
            // The soft hyphen is TCVN3's ư but also a hyphenation hint in ordinary web text: weak evidence only.
            strong |= (!char.IsLetter(c) && c != '\u00AD') || (char.IsUpper(c) && previousIsLower);
        }
        return strong && (hasAsciiLetter || word.Length > 1) ? 1 : 0.5;
    }

    /// <summary>1 = characteristic, 0.5 = possible, negative = impossible in VNI.</summary>
    private static double ScoreVni(string word)
    {
        var strong = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c <= 0x7F)
            {
                continue;
            }
            if (VniTable.Modifiers.Contains(c))
            {
                var previous = i > 0 ? word[i - 1] : '\0';
                var pair = string.Concat(previous, c);
                if (VniBases.Contains(previous) && VniTable.Map.ContainsKey(pair))
                {
                    strong |= !WeakVniPairs.Contains(pair.ToLowerInvariant());
                    continue;
                }
                // A tone mark after a consonant never happens in VNI ("café", "prêt").
                if (!VniTable.Map.ContainsKey(c.ToString()))
                {
                    return -1;
                }
            }
            else if (!VniTable.Map.ContainsKey(c.ToString()))
            {
                return -1;
            }
            // ư followed by ơ ("öô": người, được) is the commonest VNI pair of all.
            strong |= c is 'ö' or 'Ö' && i + 1 < word.Length && word[i + 1] is 'ô' or 'Ô';
        }
        return strong ? 1 : 0.5;
    }
}
