using System.Text;
using Portal.Core.Content.Import;

namespace Portal.FileWorker;

/// <summary>Reads one file's text and writes it to standard output, at most the given number of characters.</summary>
public static class TextCommand
{
    public const int Unreadable = 2;

    public const int Usage = 64;

    public static int Run(string[] args, Stream output, TextWriter error)
    {
        if (args is not ["text", var kind, var file, var max] || !int.TryParse(max, out var maxCharacters) || maxCharacters <= 0)
        {
            error.WriteLine("usage: Portal.FileWorker text <pdf|docx> <file> <max characters>");
            return Usage;
        }
        string text;
        try
        {
            text = kind switch
            {
                "pdf" => PdfText.Extract(file, maxCharacters),
                "docx" => DocxText(file),
                _ => throw new NotSupportedException($"Unknown kind {kind}"),
            };
        }
        catch (Exception ex)
        {
            error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
            return Unreadable;
        }
        var bytes = new UTF8Encoding(false).GetBytes(text.Length > maxCharacters ? text[..maxCharacters] : text);
        output.Write(bytes);
        output.Flush();
        return 0;
    }

    private static string DocxText(string file)
    {
        using var stream = File.OpenRead(file);
        return DocxTextExtractor.Extract(stream);
    }
}
