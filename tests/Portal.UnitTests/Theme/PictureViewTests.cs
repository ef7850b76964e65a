using CommuneTheme.Services;
using CommuneTheme.ViewModels;

namespace Portal.UnitTests.Theme;

public sealed class PictureViewTests
{
    [Fact]
    public void Attributes_ShouldBeTheLibrarySize_WhenThePictureIsInTheLibrary()
    {
        var view = new PictureView(new TeaserPicture("/xa/media/a.jpg", null), "Ảnh", 320, "112px");

        Assert.Equal((1600, 1200), view.Attributes(new PictureSizes.Size(1600, 1200, [320, 800])));
    }

    [Theory]
    [InlineData(320, 1.5, 213)]
    [InlineData(800, 16.0 / 9, 450)]
    public void Attributes_ShouldBeTheBoxItIsCroppedInto_WhenThePictureIsFromOutsideTheLibrary(int wanted, double ratio, int height)
    {
        var view = new PictureView(new TeaserPicture("/media/ngoai.jpg", null), "Ảnh", wanted, "100vw", BoxRatio: ratio);

        Assert.Equal((wanted, height), view.Attributes(null));
    }
}
