using System.IO.Compression;
using System.Text;

namespace Portal.Core.Media;

/// <summary>
/// Decides a file's type from its bytes (magic numbers and container structure), never from its
/// name: an .exe renamed .jpg is still an .exe. SVG is recognised only to be refused, because it can
/// carry script that runs under the tenant's own address.
/// </summary>
public static class ContentSniffer
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <param name="content">A seekable stream positioned anywhere; it is read from the start and rewound.</param>
    public static SniffResult Sniff(Stream content)
    {
        content.Position = 0;
        var head = new byte[512];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var h = head.AsSpan(0, read);

        if (h.StartsWith<byte>([0xFF, 0xD8, 0xFF]))
        {
            return SniffResult.Of(DetectedType.Jpeg);
        }
        if (h.StartsWith<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffResult.Of(DetectedType.Png);
        }
        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return SniffResult.Of(DetectedType.Gif);
        }
        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffResult.Of(DetectedType.Webp);
        }
        if (h.StartsWith("%PDF-"u8))
        {
            return SniffResult.Of(DetectedType.Pdf);
        }
        if (h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8))
        {
            return SniffResult.Of(DetectedType.Mp4);
        }
        if (h.StartsWith(OleSignature))
        {
            return SniffOffice97(content);
        }
        if (h.StartsWith("PK\x03\x04"u8))
        {
            return SniffOpenXml(content);
        }
        return LooksLikeSvg(h) ? SniffResult.Svg : SniffResult.Unknown;
    }

    /// <summary>
    /// Word 97 and Excel 97 share the OLE container with installers (.msi) and others; the stream
    /// names in its directory tell them apart.
    /// </summary>
    private static SniffResult SniffOffice97(Stream content)
    {
        var all = new byte[Math.Min(content.Length, 64L * 1024 * 1024)];
        content.ReadAtLeast(all, all.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var span = all.AsSpan();
        if (span.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0)
        {
            return SniffResult.Of(DetectedType.Doc);
        }
        if (span.IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0 || span.IndexOf(Encoding.Unicode.GetBytes("Book")) >= 0)
        {
            return SniffResult.Of(DetectedType.Xls);
        }
        return SniffResult.Unknown;
    }

    /// <summary>A .docx or .xlsx is a zip with a known main part; any other zip (or a jar, apk) is refused.</summary>
    private static SniffResult SniffOpenXml(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return SniffResult.Unknown;
            }
            if (names.Contains("word/document.xml"))
            {
                return SniffResult.Of(DetectedType.Docx);
            }
            return names.Contains("xl/workbook.xml") ? SniffResult.Of(DetectedType.Xlsx) : SniffResult.Unknown;
        }
        catch (InvalidDataException)
        {
            return SniffResult.Unknown;
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
