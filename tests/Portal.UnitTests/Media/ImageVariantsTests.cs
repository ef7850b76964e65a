using Portal.Core.Media;
using SkiaSharp;

namespace Portal.UnitTests.Media;

public sealed class ImageVariantsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-variants-").FullName;

    private string WriteImage(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.OrangeRed);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(file, data.ToArray());
        return file;
    }

    [Fact]
    public void Write_ShouldMakeCopiesOfTheRequestedWidths_KeepingTheAspectRatio()
    {
        var file = WriteImage(2000, 1000, SKEncodedImageFormat.Jpeg);
        var size = ImageVariants.Probe(file)!.Value;
        var widths = ImageVariants.WidthsFor(DetectedType.Jpeg, size, [1280, 320, 800, 4000]);

        var written = ImageVariants.Write(file, DetectedType.Jpeg, widths, w => Path.Combine(_folder, $"v{w}.jpg"));

        Assert.Equal(new ImageInfo(2000, 1000), size);
        Assert.Equal([320, 800, 1280], written);
        foreach (var width in written)
        {
            using var codec = SKCodec.Create(Path.Combine(_folder, $"v{width}.jpg"));
            Assert.Equal((width, width / 2), (codec.Info.Width, codec.Info.Height));
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        }
    }

    [Fact]
    public void WidthsFor_ShouldSkipGifs_AndWidthsNotSmallerThanTheOriginal()
    {
        Assert.Empty(ImageVariants.WidthsFor(DetectedType.Gif, new ImageInfo(2000, 1000), [320]));
        Assert.Equal([320], ImageVariants.WidthsFor(DetectedType.Png, new ImageInfo(800, 600), [320, 800, 1280]));
    }

    [Fact]
    public void Probe_ShouldReturnNull_ForBytesThatDoNotDecode()
    {
        var file = Path.Combine(_folder, "hong.jpg");
        File.WriteAllBytes(file, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);

        Assert.Null(ImageVariants.Probe(file));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
