using System.Net;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using SkiaSharp;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>Accepted uploads: stored in the tenant's folder, measured, resized, audited.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaUploadTests(MediaFactory factory)
{
    [Fact]
    public async Task Upload_ShouldStoreTheImage_WithItsSize_AndVariantsOfTheConfiguredWidths()
    {
        using var admin = await factory.AdminAsync(Commune);
        var name = $"Lễ hội {Guid.NewGuid():N}.jpg";

        var response = await admin.UploadAsync(null, new UploadFile(name, TestFiles.Image(1600, 900), "image/jpeg"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.ItemByNameAsync(Commune, name);
        Assert.NotNull(item);
        Assert.Equal((1600, 900), (item.Width, item.Height));
        Assert.Equal("image/jpeg", item.ContentType);
        Assert.Equal([320, 800, 1280], item.Widths);
        Assert.Equal("quantri", item.UploaderName);
        Assert.Matches("^le-hoi-[0-9a-f]+-[0-9a-f]{8}\\.jpg$", item.StoredName);
        var root = factory.MediaFolder(Commune);
        Assert.True(File.Exists(Path.Combine(root, item.Path)));
        foreach (var width in item.Widths)
        {
            using var codec = SKCodec.Create(Path.Combine(root, "_variants", width.ToString(), item.Path));
            Assert.Equal(width, codec.Info.Width);
            Assert.Equal((int)Math.Round(900d * width / 1600), codec.Info.Height);
        }
    }

    [Fact]
    public async Task Upload_ShouldMakeOnlyVariantsNarrowerThanTheOriginal()
    {
        using var admin = await factory.AdminAsync(Commune);
        var name = $"nho-{Guid.NewGuid():N}.png";

        await admin.UploadAsync(null, new UploadFile(name, TestFiles.Image(500, 300, SKEncodedImageFormat.Png), "image/png"));

        var item = await factory.ItemByNameAsync(Commune, name);
        Assert.Equal([320], item!.Widths);
        Assert.EndsWith(".png", item.Path);
    }

    [Fact]
    public async Task Upload_ShouldAcceptSeveralFilesAtOnce_IntoAFolder_AndDocumentsByContent()
    {
        using var admin = await factory.AdminAsync(Commune);
        var folderName = $"Văn bản {Guid.NewGuid().ToString("N")[..6]}";
        var created = await admin.PostFormAsync("admin/media", "admin/media/folders", ("parent", ""), ("name", folderName));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var folder = Uri.UnescapeDataString(created.Headers.Location!.ToString().Split("folder=")[1]);
        var tag = Guid.NewGuid().ToString("N")[..8];

        var response = await admin.UploadAsync(folder,
            new UploadFile($"quyet-dinh-{tag}.pdf", TestFiles.Pdf()),
            new UploadFile($"bao-cao-{tag}.docx", TestFiles.Docx()),
            new UploadFile($"anh-{tag}.webp", TestFiles.Image(400, 400, SKEncodedImageFormat.Webp)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var items = (await factory.ItemsAsync(Commune)).Where(i => i.OriginalName.Contains(tag)).ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal(folder, i.FolderPath));
        Assert.Contains(items, i => i.ContentType == "application/pdf");
        Assert.Contains(items, i => i.ContentType.Contains("wordprocessingml"));
        Assert.Contains(items, i => i.ContentType == "image/webp" && i.Width == 400);
        var page = await admin.GetStringAsync("admin/media?folder=" + Uri.EscapeDataString(folder));
        Assert.Contains(folderName, page);
        Assert.Contains($"bao-cao-{tag}.docx", page);
    }

    [Fact]
    public async Task UploadAndDelete_ShouldBeAudited_AndDeleteShouldRemoveTheFiles()
    {
        using var admin = await factory.AdminAsync(Commune);
        var name = $"xoa-{Guid.NewGuid():N}.jpg";
        await admin.UploadAsync(null, new UploadFile(name, TestFiles.Image(900, 600)));
        var item = (await factory.ItemByNameAsync(Commune, name))!;
        var root = factory.MediaFolder(Commune);

        var deleted = await admin.PostFormAsync("admin/media", $"admin/media/{item.Id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await factory.ItemByNameAsync(Commune, name));
        Assert.False(File.Exists(Path.Combine(root, item.Path)));
        Assert.False(File.Exists(Path.Combine(root, "_variants", "320", item.Path)));
        var audit = await factory.AuditAsync(Commune, item.Path);
        Assert.Equal(["MediaUploaded", "MediaDeleted"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("quantri", a.UserName));
    }
}
