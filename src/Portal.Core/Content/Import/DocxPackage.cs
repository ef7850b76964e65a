using DocumentFormat.OpenXml.Packaging;

namespace Portal.Core.Content.Import;

/// <summary>Opens an uploaded .docx read-only, turning the package library's many failure types into one.</summary>
internal static class DocxPackage
{
    // Bounds what one XML part may expand to: a .docx is a zip, and a small upload can inflate enormously.
    private const long MaxCharactersInPart = 32_000_000;

    public static WordprocessingDocument Open(Stream docx, out Stream buffer)
    {
        ArgumentNullException.ThrowIfNull(docx);
        // The package reader needs a seekable stream; uploads often are not.
        buffer = docx.CanSeek ? docx : Copy(docx);
        try
        {
            var document = WordprocessingDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (document.MainDocumentPart?.Document?.Body is null)
            {
                document.Dispose();
                throw new DocxImportException("Tệp Word không có nội dung.");
            }
            return document;
        }
        catch (Exception exception) when (exception is not DocxImportException)
        {
            throw new DocxImportException("Tệp không phải là tài liệu Word (.docx) hợp lệ.", exception);
        }
    }

    private static MemoryStream Copy(Stream docx)
    {
        var copy = new MemoryStream();
        docx.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
