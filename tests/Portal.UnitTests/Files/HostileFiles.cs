using System.IO.Compression;
using System.Text;

namespace Portal.UnitTests.Files;

/// <summary>
/// Hostile files built in the test (no binary fixtures): the shapes issue 12 found taking the process down or
/// swelling it. Written with System.IO.Compression, not the OpenXml SDK, so the packages can be as malformed as an
/// attacker's.
/// </summary>
public static class HostileFiles
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A .docx whose body nests elements <paramref name="levels"/> deep (content controls): a few KB that overflowed the stack of the package library.</summary>
    public static byte[] DeepDocx(int levels = 40_000) => Docx(body =>
    {
        body.Append("<w:p><w:r><w:t>Tài liệu lồng sâu</w:t></w:r></w:p>");
        body.Insert(body.Length, "<w:sdt><w:sdtContent>", levels / 2);
        body.Insert(body.Length, "</w:sdtContent></w:sdt>", levels / 2);
    });

    /// <summary>A .docx whose body holds <paramref name="megabytes"/> MB of blanks between two paragraphs: a few hundred KB that inflate a thousandfold.</summary>
    public static byte[] BombDocx(int megabytes = 50) => Docx(body => body.Append("<w:p><w:r><w:t>Bom</w:t></w:r></w:p>"), writer =>
    {
        var blanks = new string(' ', 1024 * 1024);
        for (var i = 0; i < megabytes; i++)
        {
            writer.Write(blanks);
        }
    });

    /// <summary>
    /// A .docx of <paramref name="characters"/> characters of varied words in paragraphs of a thousand: it compresses only a few
    /// times (no bomb) and each part stays small, but the article it would make is huge.
    /// </summary>
    public static byte[] HugeTextDocx(int characters) => Docx(body =>
    {
        var random = new Random(12);
        string[] words = ["ủy", "ban", "nhân", "dân", "xã", "quyết", "định", "kế", "hoạch", "năm", "phát", "triển", "kinh", "tế"];
        var written = 0;
        while (written < characters)
        {
            var paragraph = new StringBuilder();
            while (paragraph.Length < 1000)
            {
                paragraph.Append(words[random.Next(words.Length)]).Append(random.Next(1000)).Append(' ');
            }
            body.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(paragraph).Append("</w:t></w:r></w:p>");
            written += paragraph.Length;
        }
    });

    /// <summary>
    /// A macro-enabled Word document (.docm) named .docx: a VBA project part, or only the macro-enabled main content
    /// type, or only a relationship to a VBA project.
    /// </summary>
    public static byte[] MacroDocx(MacroMarker marker = MacroMarker.VbaProjectPart)
    {
        var contentType = marker == MacroMarker.MacroEnabledContentType ? "application/vnd.ms-word.document.macroEnabled.main+xml" : MainContentType;
        var extraRelationship = marker == MacroMarker.VbaRelationship
            ? "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"macros.bin\"/>"
            : "";
        return Package(contentType, extraRelationship, "<w:p><w:r><w:t>Có macro</w:t></w:r></w:p>", null, zip =>
        {
            if (marker == MacroMarker.VbaProjectPart)
            {
                using var vba = zip.CreateEntry("word/vbaProject.bin").Open();
                vba.Write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
            }
        });
    }

    /// <summary>A plain, valid .docx with one paragraph.</summary>
    public static byte[] PlainDocx(string text) => Docx(body => body.Append("<w:p><w:r><w:t>").Append(System.Security.SecurityElement.Escape(text)).Append("</w:t></w:r></w:p>"));

    /// <summary>A zip with more entries than any document has.</summary>
    public static byte[] ManyPartsDocx(int parts) => Package(MainContentType, "", "<w:p/>", null, zip =>
    {
        for (var i = 0; i < parts; i++)
        {
            zip.CreateEntry($"word/media/part{i}.bin");
        }
    });

    /// <summary>
    /// A one-page PDF whose page tree nests <paramref name="levels"/> Pages nodes deep (a few MB): PdfPig walks the tree
    /// recursively and overflows the stack, and no pre-check can bound it without parsing, since object streams may be
    /// compressed.
    /// </summary>
    public static byte[] DeepPdf(int levels = 50_000)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Object(string body)
        {
            offsets.Add(pdf.Length); // ASCII only: characters are bytes
            pdf.Append(offsets.Count).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        for (var node = 2; node < levels + 2; node++)
        {
            Object($"<< /Type /Pages /Kids [{node + 1} 0 R] /Count 1 >>");
        }
        Object($"<< /Type /Page /Parent {levels + 1} 0 R /MediaBox [0 0 612 792] >>");
        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(offsets.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        pdf.Append("trailer\n<< /Size ").Append(offsets.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static byte[] Docx(Action<StringBuilder> body, Action<StreamWriter>? blanks = null) =>
        Package(MainContentType, "", Build(body), blanks, null);

    private static string Build(Action<StringBuilder> write)
    {
        var body = new StringBuilder();
        write(body);
        return body.ToString();
    }

    private static byte[] Package(string mainContentType, string extraRelationship, string body, Action<StreamWriter>? blanksInBody, Action<ZipArchive>? more)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainContentType}\"/></Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            if (extraRelationship.Length > 0)
            {
                Entry(zip, "word/_rels/document.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + extraRelationship + "</Relationships>");
            }
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false)))
            {
                writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>");
                writer.Write(body);
                blanksInBody?.Invoke(writer);
                writer.Write("</w:body></w:document>");
            }
            more?.Invoke(zip);
        }
        return memory.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
