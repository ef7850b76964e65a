using Portal.Core.Content.Types;

namespace Portal.UnitTests.ContentAdmin;

/// <summary>Which images count as captioned: inside a figure with a non-empty figcaption, or an image field with its caption field set.</summary>
public sealed class CaptionCheckTests
{
    [Theory]
    [InlineData("<figure><img src=\"/a.jpg\"><figcaption>Ảnh: Đức Anh</figcaption></figure>")]
    [InlineData("<FIGURE class=\"image\"><img src='/a.jpg' alt=\"\"><figcaption><strong>Lễ</strong> khai mạc</figcaption></FIGURE>")]
    [InlineData("<p>Không có ảnh</p>")]
    public void InHtml_ShouldFindNothing_WhenEveryImageIsCaptioned(string html) =>
        Assert.Empty(CaptionCheck.InHtml(html));

    [Theory]
    [InlineData("<p><img src=\"/a.jpg\"></p>")]
    [InlineData("<figure><img src=\"/a.jpg\"></figure>")]
    [InlineData("<figure><img src=\"/a.jpg\"><figcaption>&nbsp; <br></figcaption></figure>")]
    [InlineData("<figure><img src=\"/b.jpg\"><figcaption>Có</figcaption></figure><img src=\"/a.jpg\">")]
    public void InHtml_ShouldListTheImage_WhenItHasNoCaption(string html) =>
        Assert.Equal(["/a.jpg"], CaptionCheck.InHtml(html));

    [Fact]
    public void Find_ShouldListCoverAndAlbumRowsWithoutCaption()
    {
        var article = CaptionCheck.Find(ContentTypes.ArticleType, null, "{\"coverImageUrl\":\"/bia.jpg\",\"coverCaption\":\" \"}");
        var album = CaptionCheck.Find(ContentTypes.AlbumType, null, "{\"items\":[{\"mediaUrl\":\"/1.jpg\",\"caption\":\"Một\"},{\"mediaUrl\":\"/2.jpg\"}]}");

        Assert.Equal(["Ảnh đại diện chưa có chú thích: /bia.jpg"], article);
        Assert.Equal(["Ảnh, video, dòng 2 chưa có chú thích: /2.jpg"], album);
    }
}
