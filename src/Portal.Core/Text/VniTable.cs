using System.Text;

namespace Portal.Core.Text;

/// <summary>
/// VNI-Windows sequences → Unicode, as they appear once decoded as Windows-1252. VNI writes a base
/// letter followed by diacritic characters ("Vieät" = Việt); a few letters (i with tones, ơ, ư, đ, ỵ)
/// are single characters. Written by hand from VNI's published scheme: no NuGet package covers it.
/// </summary>
internal static class VniTable
{
    // Tone order everywhere below: sắc, huyền, hỏi, ngã, nặng (Unicode combining marks).
    private const string Tones = "\u0301\u0300\u0309\u0303\u0323";

    // The characters VNI appends for: a plain vowel's tones; â/ê/ô and their tones; ă and its tones.
    private const string PlainTones = "ùøûõï";
    private const string CircumflexSet = "âáàåãä";
    private const string BreveSet = "êéèúüë";

    public static readonly IReadOnlyDictionary<string, string> Map = Build();

    /// <summary>Characters VNI only ever writes after a vowel (the tone and shape marks).</summary>
    public static readonly IReadOnlySet<char> Modifiers = BuildModifiers();

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var upper in new[] { false, true })
        {
            AddToned(map, upper, "a", "", "a", PlainTones);
            AddShaped(map, upper, "a", "\u0302", CircumflexSet);
            AddShaped(map, upper, "a", "\u0306", BreveSet);
            AddToned(map, upper, "e", "", "e", PlainTones);
            AddShaped(map, upper, "e", "\u0302", CircumflexSet);
            AddToned(map, upper, "o", "", "o", PlainTones);
            AddShaped(map, upper, "o", "\u0302", CircumflexSet);
            AddToned(map, upper, "o", "\u031B", "ô", PlainTones); // VNI's single "ô" is ơ
            AddToned(map, upper, "u", "", "u", PlainTones);
            AddToned(map, upper, "u", "\u031B", "ö", PlainTones); // and its "ö" is ư
            AddToned(map, upper, "y", "", "y", PlainTones[..4]);
            Add(map, upper, "y\u0323", "î"); // ỵ is a single character
            Add(map, upper, "i\u0301", "í");
            Add(map, upper, "i\u0300", "ì");
            Add(map, upper, "i\u0309", "æ");
            Add(map, upper, "i\u0303", "ó");
            Add(map, upper, "i\u0323", "ò");
            Add(map, upper, "\u0111", "ñ"); // đ
        }
        // "Ñ" is Đ, but lowercase "ñ" after a capital stays đ: both come from the map above.
        return map;
    }

    // A vowel with its bare form (legacy = base) and its five tones (legacy = base + one tone mark).
    private static void AddToned(Dictionary<string, string> map, bool upper, string vowel, string shape, string legacyBase, string toneMarks)
    {
        if (legacyBase.Length == 1 && legacyBase[0] > 0x7F)
        {
            Add(map, upper, vowel + shape, legacyBase);
        }
        for (var t = 0; t < toneMarks.Length; t++)
        {
            Add(map, upper, vowel + shape + Tones[t], legacyBase + toneMarks[t]);
        }
    }

    // â, ê, ô, ă: the first character of the set is the bare shaped vowel, the next five its tones.
    private static void AddShaped(Dictionary<string, string> map, bool upper, string vowel, string shape, string set)
    {
        Add(map, upper, vowel + shape, vowel + set[0]);
        for (var t = 0; t < 5; t++)
        {
            Add(map, upper, vowel + shape + Tones[t], vowel + set[t + 1]);
        }
    }

    private static void Add(Dictionary<string, string> map, bool upper, string decomposed, string legacy)
    {
        var unicode = decomposed.Normalize(NormalizationForm.FormC);
        if (upper)
        {
            unicode = unicode.ToUpperInvariant();
            // Capital letters are written with capital marks ("AÙ"); a capital base with lowercase
            // marks ("Aù") also occurs when only the first letter was shifted, so accept both.
            map.TryAdd(legacy[..1].ToUpperInvariant() + legacy[1..], unicode);
            legacy = legacy.ToUpperInvariant();
        }
        map.TryAdd(legacy, unicode);
    }

    private static HashSet<char> BuildModifiers()
    {
        var set = new HashSet<char>();
        foreach (var c in PlainTones + CircumflexSet + BreveSet)
        {
            set.Add(c);
            set.Add(char.ToUpperInvariant(c));
        }
        return set;
    }
}
