using Portal.Core.Setup;
using SkiaSharp;

namespace Portal.UnitTests.Setup;

/// <summary>The demo's pictures and PDFs are drawn at seed time (nothing downloaded), once per process.</summary>
public sealed class DemoFilesTests
{
    [Theory]
    [InlineData(DemoPictures.Scene.Meeting, 0)]
    [InlineData(DemoPictures.Scene.School, 2)]
    public void ScenePicture_ShouldBeALandscapeJpeg_DrawnOncePerProcess(DemoPictures.Scene scene, int variant)
    {
        var first = DemoPictures.Jpeg(scene, variant);
        var again = DemoPictures.Jpeg(scene, variant);

        using var image = SKBitmap.Decode(first);
        Assert.Equal(DemoPictures.Width, image.Width);
        Assert.Equal(DemoPictures.Height, image.Height);
        Assert.Equal([0xFF, 0xD8], first.Take(2));
        Assert.Same(first, again);
    }

    [Fact]
    public void Variants_ShouldLookDifferent_SoListsDoNotRepeatOnePicture()
    {
        Assert.NotEqual(DemoPictures.Jpeg(DemoPictures.Scene.Hills, 0), DemoPictures.Jpeg(DemoPictures.Scene.Hills, 1));
    }

    [Fact]
    public void EmblemAndBanner_ShouldBeAPngAndAWideJpeg()
    {
        using var logo = SKBitmap.Decode(DemoPictures.Logo(school: true));
        using var banner = SKBitmap.Decode(DemoPictures.Banner(school: false));

        Assert.Equal(logo.Width, logo.Height);
        Assert.True(banner.Width >= 3 * banner.Height);
        Assert.Same(DemoPictures.Logo(school: true), DemoPictures.Logo(school: true));
    }

    [Fact]
    public void DocumentPdf_ShouldBeAOnePagePdf()
    {
        var pdf = DemoPdf.Document("UBND xã Đắk Plô", "48/KH-UBND", "Kế hoạch phòng, chống cháy rừng", ["Điều 1. Nội dung chi tiết."]);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("/Count 1", System.Text.Encoding.Latin1.GetString(pdf));
    }
}
