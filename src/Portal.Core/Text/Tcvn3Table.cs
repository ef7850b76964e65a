namespace Portal.Core.Text;

/// <summary>
/// TCVN3 (TCVN 5712:1993, VN3 / "ABC") code points → Unicode, as the bytes appear once decoded as
/// Windows-1252/Latin-1 (which is what Word and browsers hand us for ".Vn…" fonts).
/// Written by hand from the standard's table: no NuGet package covers these legacy encodings.
/// VN3 has only the lowercase toned letters; uppercase toned letters come from the ".Vn…H" fonts,
/// which draw these same lowercase codes as capitals (see <see cref="LegacyFonts"/>).
/// </summary>
internal static class Tcvn3Table
{
    // Each row: the legacy characters, then their Unicode letters, in the same order.
    private static readonly (string Legacy, string Unicode)[] Rows =
    [
        ("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", "ĂÂÊÔƠƯĐ"),
        ("\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE", "ăâêôơưđ"),
        ("\u00B5\u00B6\u00B7\u00B8\u00B9", "àảãáạ"),
        ("\u00BB\u00BC\u00BD\u00BE\u00C6", "ằẳẵắặ"),
        ("\u00C7\u00C8\u00C9\u00CA\u00CB", "ầẩẫấậ"),
        ("\u00CC\u00CE\u00CF\u00D0\u00D1", "èẻẽéẹ"),
        ("\u00D2\u00D3\u00D4\u00D5\u00D6", "ềểễếệ"),
        ("\u00D7\u00D8\u00DC\u00DD\u00DE", "ìỉĩíị"),
        ("\u00DF\u00E1\u00E2\u00E3\u00E4", "òỏõóọ"),
        ("\u00E5\u00E6\u00E7\u00E8\u00E9", "ồổỗốộ"),
        ("\u00EA\u00EB\u00EC\u00ED\u00EE", "ờởỡớợ"),
        ("\u00EF\u00F1\u00F2\u00F3\u00F4", "ùủũúụ"),
        ("\u00F5\u00F6\u00F7\u00F8\u00F9", "ừửữứự"),
        ("\u00FA\u00FB\u00FC\u00FD\u00FE", "ỳỷỹýỵ"),
    ];

    public static readonly IReadOnlyDictionary<char, char> Map = Build();

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        foreach (var (legacy, unicode) in Rows)
        {
            for (var i = 0; i < legacy.Length; i++)
            {
                map.Add(legacy[i], unicode[i]);
            }
        }
        return map;
    }
}
