using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class UploadRulesTests
{
    private static readonly MediaOptions Options = new() { MaxImageBytes = 1000 };

    [Fact]
    public void Check_ShouldAcceptAJpeg_NamedJpegOrJpg_OrWithoutExtension()
    {
        var jpeg = SniffResult.Of(DetectedType.Jpeg);

        Assert.Null(UploadRules.Check("anh.JPEG", jpeg, 500, Options));
        Assert.Null(UploadRules.Check("anh.jpg", jpeg, 500, Options));
        Assert.Null(UploadRules.Check("anh", jpeg, 500, Options));
    }

    [Fact]
    public void Check_ShouldRefuse_UnknownContent_Mismatches_ForbiddenExtensions_AndSize()
    {
        Assert.Contains("không phải ảnh", UploadRules.Check("a.jpg", SniffResult.Unknown, 10, Options)!.ToString());
        Assert.Contains("có đuôi “.png” nhưng nội dung là JPG", UploadRules.Check("a.png", SniffResult.Of(DetectedType.Jpeg), 10, Options)!.ToString());
        Assert.Contains("Không nhận tệp có đuôi “.exe”", UploadRules.Check("a.exe", SniffResult.Of(DetectedType.Jpeg), 10, Options)!.ToString());
        Assert.Contains("vượt giới hạn 1000 byte", UploadRules.Check("a.jpg", SniffResult.Of(DetectedType.Jpeg), 1001, Options)!.ToString());
        Assert.Contains("SVG", UploadRules.Check("a.svg", SniffResult.Unknown, 10, Options)!.ToString());
        Assert.Contains("rỗng", UploadRules.Check("a.pdf", SniffResult.Of(DetectedType.Pdf), 0, Options)!.ToString());
    }

    [Fact]
    public void Check_ShouldRefuseKindsTheUnitDoesNotAllow()
    {
        var noVideo = new MediaOptions { AllowedKinds = [MediaKind.Image, MediaKind.Document] };

        Assert.Contains("không cho phép", UploadRules.Check("clip.mp4", SniffResult.Of(DetectedType.Mp4), 10, noVideo)!.ToString());
    }
}
