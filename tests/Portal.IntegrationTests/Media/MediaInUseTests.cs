using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Results;
using Portal.Core.Content;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>A file that content shows is not deleted from under it.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaInUseTests(MediaFactory factory)
{
    [Fact]
    public async Task Delete_ShouldBeRefused_WhileAnItemShowsTheFile_AndAllowedOnceTheItemIsDeleted()
    {
        using var admin = await factory.AdminAsync(Commune);
        var name = $"dung-trong-bai-{Guid.NewGuid():N}.jpg";
        await admin.UploadAsync(null, new UploadFile(name, TestFiles.Image(900, 600)));
        var file = (await factory.ItemByNameAsync(Commune, name))!;
        var title = $"Bài có ảnh {Guid.NewGuid().ToString("N")[..6]}";
        // The editor inserts the resized copy, under the tenant's prefix, as the media picker does.
        var body = $"<figure><img src=\"/xa-dak-plo/media/_variants/800/{file.Path}\" alt=\"Ảnh\"><figcaption>Ảnh</figcaption></figure>";
        var itemId = await WithContentAsync(c => c.CreateAsync("Article", new ContentDraft(title, null, body), null));

        var refused = await admin.PostFormAsync("admin/media", $"admin/media/{file.Id}/delete");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"vì tệp đang được dùng trong: “{title}”", await refused.Content.ReadAsStringAsync());
        Assert.NotNull(await factory.ItemByNameAsync(Commune, name));
        Assert.True(File.Exists(Path.Combine(factory.MediaFolder(Commune), file.Path)));

        await WithContentAsync(c => c.DeleteAsync(itemId, null));
        var deleted = await admin.PostFormAsync("admin/media", $"admin/media/{file.Id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await factory.ItemByNameAsync(Commune, name));
    }

    [Fact]
    public async Task Delete_ShouldNotMistakeALongerFileNameForTheFile()
    {
        using var admin = await factory.AdminAsync(Commune);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await admin.UploadAsync(null, new UploadFile($"anh-{tag}.jpg", TestFiles.Image(400, 300)));
        var file = (await factory.ItemByNameAsync(Commune, $"anh-{tag}.jpg"))!;
        var longer = file.Path.Replace(".jpg", "-ban-sao.jpg", StringComparison.Ordinal);
        var page = await WithContentAsync(c => c.CreateAsync("Page", new ContentDraft($"Trang {tag}", null, $"<p><a href=\"~/media/{longer}\">tệp khác</a></p>"), null));
        Assert.Contains(longer, (await factory.LatestAsync(page)).Body);

        var deleted = await admin.PostFormAsync("admin/media", $"admin/media/{file.Id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }

    private async Task<int> WithContentAsync(Func<ContentService, Task<Outcome<ContentItem>>> action)
    {
        using var scope = factory.TenantScope(Commune);
        var result = await action(scope.ServiceProvider.GetRequiredService<ContentService>());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value?.Id ?? 0;
    }
}
