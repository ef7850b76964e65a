using System.Net;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>Images without captions may be saved in a draft but not published: the refusal lists each one.</summary>
[Collection(PortalCollection.Name)]
public sealed class CaptionRefusalTests(PortalFactory factory)
{
    private const string Body =
        "<p>Mở đầu</p><p><img src=\"/media/khong-chu-thich.jpg\"></p>" +
        "<figure><img src=\"/media/co-chu-thich.jpg\"><figcaption>Lễ khai mạc</figcaption></figure>" +
        "<figure><img src=\"/media/chu-thich-rong.jpg\"><figcaption> </figcaption></figure>";

    [Fact]
    public async Task Publish_ShouldBeRefusedWithTheListOfImages_WhenCaptionsAreMissing()
    {
        using var admin = await factory.AsAsync("quantri");
        var (created, id) = await admin.CreateAsync(ContentTypes.Article,
            [("Title", ContentAdminKit.Unique("Tin có ảnh")), ("Body", Body), ("Parts.CoverImageUrl", "/media/bia.jpg"), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var refused = await admin.ActAsync(id, "publish");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.BodyAsync();
        Assert.Contains("data-testid=\"missing-captions\"", page);
        Assert.Contains("/media/khong-chu-thich.jpg", page);
        Assert.Contains("/media/chu-thich-rong.jpg", page);
        Assert.Contains("Ảnh đại diện chưa có chú thích: /media/bia.jpg", page);
        Assert.DoesNotContain("chưa có chú thích: /media/co-chu-thich.jpg", page);
        Assert.Equal(ContentStatus.Draft, (await factory.ItemAsync(id)).Status);
    }

    [Fact]
    public async Task SaveAndPublish_ShouldSaveNothing_WhenCaptionsAreMissing()
    {
        using var admin = await factory.AsAsync("quantri");
        var title = ContentAdminKit.Unique("Tin có ảnh đăng ngay");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Gốc</p>"), ("Intent", "draft")]);

        var refused = await admin.EditAsync(id, [("Title", title), ("Body", Body), ("Intent", "publish")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("/media/khong-chu-thich.jpg", await refused.BodyAsync());
        Assert.Equal(1, (await factory.LatestAsync(id)).Number);
    }

    [Fact]
    public async Task Submit_ShouldBeRefusedWithTheList_ThenAcceptedOnceCaptioned()
    {
        using var ctv = await factory.AsAsync("ctv");
        var title = ContentAdminKit.Unique("Tin cộng tác viên gửi duyệt");
        var (_, id) = await ctv.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p><img src=\"/media/ctv.jpg\"></p>"), ("Intent", "draft")]);

        var refused = await ctv.ActAsync(id, "submit");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ảnh trong nội dung chưa có chú thích: /media/ctv.jpg", await refused.BodyAsync());
        Assert.Equal(ContentStatus.Draft, (await factory.ItemAsync(id)).Status);

        await ctv.EditAsync(id, [("Title", title), ("Body", "<figure><img src=\"/media/ctv.jpg\"><figcaption>Buổi sinh hoạt</figcaption></figure>"), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        Assert.Equal(ContentStatus.Submitted, (await factory.ItemAsync(id)).Status);
    }

    [Fact]
    public async Task Publish_ShouldSucceed_WhenEveryImageIsCaptioned()
    {
        using var admin = await factory.AsAsync("quantri");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article,
            [("Title", ContentAdminKit.Unique("Tin ảnh đủ chú thích")), ("Body", "<figure><img src=\"/media/a.jpg\"><figcaption>Ảnh: <em>Đức Anh</em></figcaption></figure>"),
             ("Parts.CoverImageUrl", "/media/bia.jpg"), ("Parts.CoverCaption", "Toàn cảnh buổi lễ"), ("Intent", "publish")]);

        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id)).Status);
    }
}
