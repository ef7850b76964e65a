using Portal.Core.Files;

namespace Portal.Core.Media;

/// <summary>An upload's verdict once received: its type and, for images, its pixel size — or why it is refused.</summary>
internal sealed record AcceptedUpload(DetectedType? Type, ImageInfo? Size, MediaProblem? Problem)
{
    public static AcceptedUpload Inspect(string file, string originalName, long length, MediaOptions options)
    {
        SniffResult sniff;
        using (var stream = File.OpenRead(file))
        {
            sniff = ContentSniffer.Sniff(stream);
        }
        if (UploadRules.Check(originalName, sniff, length, options) is { } problem)
        {
            return new(null, null, problem);
        }
        var type = sniff.Type!;
        if (type == DetectedType.Docx || type == DetectedType.Xlsx)
        {
            // Checked now so that a file no parser can safely open is never stored (the indexer reads .docx attachments).
            var defect = OfficePackageInspector.Inspect(file, OfficePackageLimits.Stored);
            return defect is null ? new(type, null, null) : new(null, null, UploadRules.PackageProblem(originalName, defect.Value));
        }
        if (type.Kind != MediaKind.Image)
        {
            return new(type, null, null);
        }
        // Decoding is where a malformed or hostile image would hurt, so its header is read first.
        if (ImageVariants.Probe(file) is not { } size)
        {
            return new(null, null, new MediaProblem("Ảnh “{0}” bị hỏng hoặc không đọc được.", originalName));
        }
        if ((long)size.Width * size.Height > options.MaxImagePixels)
        {
            return new(null, null, new MediaProblem("Ảnh “{0}” ({1}×{2} điểm ảnh) quá lớn; hãy thu nhỏ ảnh trước khi tải lên.", originalName, size.Width, size.Height));
        }
        return new(type, size, null);
    }
}
