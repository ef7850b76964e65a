using System.Net;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>"~/media/…" serves the current tenant's files only, with cache headers, and nothing outside its folder.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaServingTests(MediaFactory factory)
{
    private async Task<Portal.Core.Media.MediaItem> UploadedAsync(string tenant)
    {
        using var admin = await factory.AdminAsync(tenant);
        var name = $"phuc-vu-{Guid.NewGuid():N}.jpg";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync(null, new UploadFile(name, TestFiles.Image(1000, 500)))).StatusCode);
        return (await factory.ItemByNameAsync(tenant, name))!;
    }

    [Fact]
    public async Task File_ShouldBeServedAnonymously_WithItsTypeAndCacheHeaders()
    {
        var item = await UploadedAsync(Commune);
        using var reader = factory.ClientFor(Commune);

        var original = await reader.GetAsync("media/" + item.Path);
        var variant = await reader.GetAsync("media/_variants/800/" + item.Path);

        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(item.Size, original.Content.Headers.ContentLength);
        Assert.True(original.Headers.CacheControl!.Public);
        Assert.True(original.Headers.CacheControl.MaxAge > TimeSpan.FromDays(1));
        Assert.NotNull(original.Headers.ETag);
        Assert.Equal("nosniff", original.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
    }

    [Fact]
    public async Task AWidthNotMade_ShouldBeAnsweredWithTheOriginal()
    {
        // 1000 px wide: the 1280 copy was never made, yet themes list it in srcset.
        var item = await UploadedAsync(Commune);
        using var reader = factory.ClientFor(Commune);

        var response = await reader.GetAsync("media/_variants/1280/" + item.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(item.Size, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task FileOfTenantA_ShouldAnswer404_UnderTenantB()
    {
        var item = await UploadedAsync(Commune);
        using var onA = factory.ClientFor(Commune);
        using var onB = factory.ClientFor(School);

        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("media/" + item.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onB.GetAsync("media/" + item.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onB.GetAsync("media/_variants/320/" + item.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onB.GetAsync($"media/..%2F..%2F{Commune}%2Fmedia%2F{item.Path}")).StatusCode);
    }

    [Theory]
    [InlineData("media/..%2F..%2Fportal.db")]
    [InlineData("media/%2E%2E/portal.db")]
    [InlineData("media/..%5C..%5Cportal.db")]
    [InlineData("media/_uploads/anything")]
    [InlineData("media/khong-co.jpg")]
    [InlineData("media/_variants/1280/..%2F..%2Fportal.db")]
    [InlineData("media/_variants/1280/khong-co.jpg")]
    [InlineData("media/")]
    public async Task PathsOutsideTheLibrary_ShouldAnswer404(string path)
    {
        using var reader = factory.ClientFor(Commune);

        var response = await reader.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
