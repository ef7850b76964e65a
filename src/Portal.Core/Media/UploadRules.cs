using Portal.Core.Files;

namespace Portal.Core.Media;

/// <summary>
/// The checks an upload passes before anything is kept: type by content, declared extension
/// consistent with it, kind allowed, size within the kind's limit. Messages are Vietnamese.
/// </summary>
public static class UploadRules
{
    /// <summary>Extensions a user may give a file, and the detected type each one stands for.</summary>
    private static readonly Dictionary<string, DetectedType> Declared = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = DetectedType.Jpeg, [".jpeg"] = DetectedType.Jpeg, [".jpe"] = DetectedType.Jpeg, [".jfif"] = DetectedType.Jpeg,
        [".png"] = DetectedType.Png, [".gif"] = DetectedType.Gif, [".webp"] = DetectedType.Webp,
        [".pdf"] = DetectedType.Pdf, [".doc"] = DetectedType.Doc, [".docx"] = DetectedType.Docx,
        [".xls"] = DetectedType.Xls, [".xlsx"] = DetectedType.Xlsx, [".mp4"] = DetectedType.Mp4, [".m4v"] = DetectedType.Mp4,
    };

    public const string AcceptedTypesText = "ảnh (JPEG, PNG, GIF, WebP), tài liệu (PDF, DOC, DOCX, XLS, XLSX) hoặc video MP4";

    /// <summary>The problem with an upload of <paramref name="size"/> bytes sniffed as <paramref name="sniff"/>, or null when it may be kept.</summary>
    public static MediaProblem? Check(string originalName, SniffResult sniff, long size, MediaOptions options)
    {
        var declaredExtension = Path.GetExtension(originalName);
        if (sniff.IsSvg || declaredExtension.Equals(".svg", StringComparison.OrdinalIgnoreCase) || declaredExtension.Equals(".svgz", StringComparison.OrdinalIgnoreCase))
        {
            return new MediaProblem("Không nhận ảnh SVG (“{0}”) vì tệp SVG có thể chứa mã chạy trên trang; hãy chuyển ảnh sang PNG hoặc JPEG.", originalName);
        }
        if (sniff.Type is not { } type)
        {
            return new MediaProblem("Tệp “{0}” không phải " + AcceptedTypesText + ". Loại tệp được xác định theo nội dung, không theo tên tệp.", originalName);
        }
        if (declaredExtension.Length > 0)
        {
            if (!Declared.TryGetValue(declaredExtension, out var claimed))
            {
                return new MediaProblem("Không nhận tệp có đuôi “{0}”; chỉ nhận " + AcceptedTypesText + ".", declaredExtension);
            }
            if (claimed != type)
            {
                return new MediaProblem("Tệp “{0}” có đuôi “{1}” nhưng nội dung là {2}; hãy kiểm tra lại tệp trước khi tải lên.",
                    originalName, declaredExtension, type.Extension.TrimStart('.').ToUpperInvariant());
            }
        }
        if (!options.Kinds.Contains(type.Kind))
        {
            return new MediaProblem("Đơn vị không cho phép tải lên loại tệp này ({0}).", type.Extension.TrimStart('.').ToUpperInvariant());
        }
        var limit = options.MaxBytesFor(type.Kind);
        if (size > limit)
        {
            return TooBig(originalName, size, limit);
        }
        return size == 0 ? new MediaProblem("Tệp “{0}” rỗng.", originalName) : null;
    }

    /// <summary>Why an Office package (.docx, .xlsx) found defective by <see cref="OfficePackageInspector"/> is refused.</summary>
    public static MediaProblem PackageProblem(string originalName, OfficePackageDefect defect) => defect switch
    {
        OfficePackageDefect.Macro => new("Tệp “{0}” có chứa macro (mã VBA) nên không được nhận. Hãy lưu lại thành tài liệu thường (.docx, .xlsx) rồi tải lên.", originalName),
        OfficePackageDefect.TooDeep => new("Tệp “{0}” có cấu trúc lồng nhau quá sâu, không giống tài liệu soạn bằng Word hay Excel, nên không được nhận.", originalName),
        OfficePackageDefect.Bomb => new("Tệp “{0}” giải nén ra lớn bất thường so với kích thước tệp (có thể là tệp độc hại) nên không được nhận.", originalName),
        OfficePackageDefect.TooLarge or OfficePackageDefect.TooManyParts => new("Tệp “{0}” khi giải nén quá lớn hoặc có quá nhiều thành phần nên không được nhận.", originalName),
        _ => new("Tệp “{0}” bị hỏng hoặc không đọc được.", originalName),
    };

    public static MediaProblem TooBig(string originalName, long size, long limit) =>
        new("Tệp “{0}” ({1}) vượt giới hạn {2}.", originalName, MediaSize.Text(size), MediaSize.Text(limit));
}
