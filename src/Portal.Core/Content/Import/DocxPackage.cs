using DocumentFormat.OpenXml.Packaging;
using Portal.Core.Files;

namespace Portal.Core.Content.Import;

/// <summary>
/// Opens an uploaded .docx read-only, turning the package library's many failure types into one. The package is
/// checked first (<see cref="OfficePackageInspector"/>): the library builds its DOM recursively, so a part nested
/// thousands of levels deep would overflow the stack and end the whole process, which no catch can prevent.
/// </summary>
internal static class DocxPackage
{
    public static WordprocessingDocument Open(Stream docx, OfficePackageLimits limits, out Stream buffer)
    {
        ArgumentNullException.ThrowIfNull(docx);
        // The package reader needs a seekable stream; uploads often are not.
        buffer = docx.CanSeek ? docx : Copy(docx);
        if (OfficePackageInspector.Inspect(buffer, limits) is { } defect)
        {
            throw new DocxImportException(Message(defect));
        }
        try
        {
            // The inspector bounded every part already; the library's own cap stays as a second fence.
            var document = WordprocessingDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = limits.MaxXmlPartBytes });
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

    /// <summary>What the editor is told, in Vietnamese (translated by the admin's localizer).</summary>
    public static string Message(OfficePackageDefect defect) => defect switch
    {
        OfficePackageDefect.Macro => "Tệp Word có chứa macro (mã VBA) nên không được nhập. Hãy lưu lại thành tài liệu Word thường (.docx) rồi nhập.",
        OfficePackageDefect.TooDeep => "Tệp Word có cấu trúc lồng nhau quá sâu, không giống tài liệu soạn bằng Word, nên không được nhập.",
        OfficePackageDefect.Bomb => "Tệp Word giải nén ra lớn bất thường so với kích thước tệp (có thể là tệp độc hại) nên không được nhập.",
        OfficePackageDefect.TooLarge or OfficePackageDefect.TooManyParts => "Tệp Word quá lớn hoặc quá dài để nhập. Hãy chia tài liệu thành nhiều tệp nhỏ hơn.",
        _ => "Tệp không phải là tài liệu Word (.docx) hợp lệ.",
    };

    private static MemoryStream Copy(Stream docx)
    {
        var copy = new MemoryStream();
        docx.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
