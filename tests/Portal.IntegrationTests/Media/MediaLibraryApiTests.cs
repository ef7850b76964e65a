using Portal.Core.Media;
using SkiaSharp;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>The service other code uses (Word import saves images; content checks captions).</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaLibraryApiTests(MediaFactory factory)
{
    [Fact]
    public async Task SaveAsync_ShouldReturnTheItemWithItsUrls_AndFindByUrlShouldReadEverySpelling()
    {
        var image = TestFiles.Image(1400, 700, SKEncodedImageFormat.Png);

        var saved = await factory.WithLibraryAsync(Commune, library =>
            library.SaveAsync(null, "image1.png", new MemoryStream(image), uploaderId: null, alt: "Ảnh minh họa", caption: "Hội nghị tổng kết"));

        Assert.True(saved.Succeeded, saved.Problem?.ToString());
        var item = saved.Value!;
        Assert.StartsWith("~/media/image1-", item.Url);
        Assert.Equal([320, 800, 1280], item.Variants.Keys.Order());
        Assert.Equal(item.Variants[320], item.ThumbnailUrl);
        foreach (var url in new[] { item.Url, $"/{Commune}/media/{item.Path}", $"http://localhost/{Commune}/media/{item.Path}?v=2", item.Variants[800] })
        {
            var found = await factory.WithLibraryAsync(Commune, library => library.FindByUrlAsync(url));
            Assert.Equal(item.Id, found?.Id);
        }
        Assert.Null(await factory.WithLibraryAsync(School, library => library.FindByUrlAsync(item.Url)));
    }

    [Fact]
    public async Task EnsureFolderAsync_ShouldCreateOnce_ThenReturnTheSameFolder_ForSaveAsync()
    {
        var first = await factory.WithLibraryAsync(Commune, library => library.EnsureFolderAsync(null, "Nhập từ Word"));
        var again = await factory.WithLibraryAsync(Commune, library => library.EnsureFolderAsync(null, "Nhập từ Word"));
        var saved = await factory.WithLibraryAsync(Commune, library =>
            library.SaveAsync(first.Value!.Path, "image3.jpeg", new MemoryStream(TestFiles.Image(50, 50)), null));

        Assert.Equal("nhap-tu-word", first.Value!.Path);
        Assert.Equal(first.Value.Id, again.Value!.Id);
        Assert.StartsWith("~/media/nhap-tu-word/image3-", saved.Value!.Url);
    }

    [Fact]
    public async Task CaptionsAsync_ShouldTellWhichImagesLackACaption()
    {
        var withCaption = await factory.WithLibraryAsync(Commune, library =>
            library.SaveAsync(null, "co-chu-thich.jpg", new MemoryStream(TestFiles.Image(100, 100)), null, caption: "Chú thích"));
        var without = await factory.WithLibraryAsync(Commune, library =>
            library.SaveAsync(null, "khong-chu-thich.jpg", new MemoryStream(TestFiles.Image(100, 100)), null));
        var urls = new[] { withCaption.Value!.Url, without.Value!.Url, "https://nơi-khác.vn/anh.jpg" };

        var captions = await factory.WithLibraryAsync(Commune, library => library.CaptionsAsync(urls));

        Assert.Equal("Chú thích", captions[urls[0]]);
        Assert.Null(captions[urls[1]]);
        Assert.Null(captions[urls[2]]);
    }

    [Fact]
    public async Task SaveAsync_ShouldRefuse_AndKeepNothing_WhenTheContentIsNotAllowed()
    {
        var before = factory.FilesOnDisk(Commune).Length;

        var result = await factory.WithLibraryAsync(Commune, library =>
            library.SaveAsync(null, "image2.jpg", new MemoryStream(TestFiles.Executable()), null));

        Assert.False(result.Succeeded);
        Assert.Contains("không phải ảnh", result.Problem!.ToString());
        Assert.Equal(before, factory.FilesOnDisk(Commune).Length);
    }
}
