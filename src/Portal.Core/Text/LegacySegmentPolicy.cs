namespace Portal.Core.Text;

/// <summary>
/// Decides the encoding of one segment (a paragraph, a list item, a table cell) of a longer text whose
/// whole was detected: a segment is often too short to be sure on its own, so it follows the whole, unless
/// it shows evidence against that encoding (French "déjà" in a TCVN3 letter) or holds Unicode Vietnamese.
/// </summary>
internal static class LegacySegmentPolicy
{
    public static LegacyEncoding EncodingOf(string segment, LegacyEncoding whole)
    {
        var own = LegacyVietnamese.Detect(segment);
        if (own.IsConfident)
        {
            return own.Encoding;
        }
        return whole != LegacyEncoding.None && own.Encoding == whole && own.Confidence > 0
            && !VietnameseText.ContainsUnicodeVietnamese(segment)
            ? whole
            : LegacyEncoding.None;
    }

    /// <summary>
    /// The whole text's encoding when detection is confident, else none. Segments holding Unicode Vietnamese
    /// are left out: in a paste mixing Unicode and TCVN3 paragraphs, they say nothing about the others.
    /// </summary>
    public static LegacyEncoding EncodingOfWhole(IEnumerable<string> segments) =>
        LegacyVietnamese.Detect(string.Join('\n', segments.Where(s => !VietnameseText.ContainsUnicodeVietnamese(s))))
            is { IsConfident: true } detection ? detection.Encoding : LegacyEncoding.None;
}
