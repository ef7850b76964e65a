using Microsoft.Extensions.Logging;
using Portal.Core.Content.Import;
using Portal.Core.Media;
using UglyToad.PdfPig;

namespace Portal.Search.Indexing;

/// <summary>
/// The text of a document attached from the tenant's own media library (PDF through PdfPig, DOCX through
/// the Word importer's extractor). Paths go through <see cref="MediaPaths.Resolve"/>, so an attachment
/// can never make the indexer read outside the tenant's folder. A file that cannot be read is logged and
/// indexed without its text rather than stopping the index.
/// </summary>
public sealed class AttachmentText(ILogger<AttachmentText> logger)
{
    public string Extract(string mediaFolder, string? url)
    {
        if (MediaUrls.TryGetPath(url) is not { } path || new MediaPaths(mediaFolder).Resolve(path) is not { } file || !File.Exists(file))
        {
            return "";
        }
        try
        {
            return Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".pdf" => Pdf(file),
                ".docx" => Docx(file),
                _ => "",
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not read the text of attachment {Path}", path);
            return "";
        }
    }

    private static string Pdf(string file)
    {
        using var document = PdfDocument.Open(file);
        var pages = new List<string>();
        var length = 0;
        foreach (var page in document.GetPages())
        {
            // Words, not page.Text: PDFs often place letters without space characters between words.
            var text = string.Join(' ', page.GetWords().Select(w => w.Text));
            pages.Add(text);
            length += text.Length;
            if (length > SearchText.MaxLength)
            {
                break;
            }
        }
        return string.Join('\n', pages);
    }

    private static string Docx(string file)
    {
        using var stream = File.OpenRead(file);
        return DocxTextExtractor.Extract(stream);
    }
}
