using UglyToad.PdfPig;

namespace Portal.FileWorker;

/// <summary>A PDF's words, page by page, until the wanted length is reached.</summary>
public static class PdfText
{
    public static string Extract(string file, int maxCharacters)
    {
        using var document = PdfDocument.Open(file);
        var pages = new List<string>();
        var length = 0;
        foreach (var page in document.GetPages())
        {
            // Words, not page.Text: PDFs often place letters without space characters between words.
            var text = string.Join(' ', page.GetWords().Select(w => w.Text));
            pages.Add(text);
            length += text.Length + 1;
            if (length > maxCharacters)
            {
                break;
            }
        }
        return string.Join('\n', pages);
    }
}
