using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class MediaUrlsTests
{
    [Theory]
    [InlineData("~/media/tin-tuc/anh.jpg", "tin-tuc/anh.jpg")]
    [InlineData("/xa-dak-plo/media/tin-tuc/anh.jpg", "tin-tuc/anh.jpg")]
    [InlineData("https://xadakplo.gov.vn/media/anh.jpg?v=3#x", "anh.jpg")]
    [InlineData("media/anh.jpg", "anh.jpg")]
    [InlineData("~/media/_variants/800/tin-tuc/anh.jpg", "tin-tuc/anh.jpg")]
    [InlineData("https://example.com/anh.jpg", null)]
    [InlineData("~/media/", null)]
    [InlineData(null, null)]
    public void TryGetPath_ShouldReadEverySpellingOfALibraryUrl(string? url, string? expected)
    {
        Assert.Equal(expected, MediaUrls.TryGetPath(url));
    }

    [Fact]
    public void Resolve_ShouldPutTheTenantsPrefixInFront()
    {
        Assert.Equal("/xa-dak-plo/media/a.jpg", MediaUrls.Resolve("~/media/a.jpg", "/xa-dak-plo"));
        Assert.Equal("/media/a.jpg", MediaUrls.Resolve("~/media/a.jpg", ""));
        Assert.Equal("/media/_variants/320/a.jpg", MediaUrls.Variant("a.jpg", 320)[1..]);
    }
}
