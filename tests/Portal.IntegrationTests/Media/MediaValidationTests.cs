using System.Net;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using SkiaSharp;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>Refused uploads: a Vietnamese reason, a 400, and nothing left in the database or on disk.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaValidationTests(MediaFactory factory)
{
    private async Task<string> RefusedAsync(params UploadFile[] files)
    {
        using var admin = await factory.AdminAsync(Commune);
        var rowsBefore = (await factory.ItemsAsync(Commune)).Count;
        var filesBefore = factory.FilesOnDisk(Commune).Length;

        var response = await admin.UploadAsync(null, files);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(rowsBefore, (await factory.ItemsAsync(Commune)).Count);
        Assert.Equal(filesBefore, factory.FilesOnDisk(Commune).Length);
        return await response.BodyAsync();
    }

    [Fact]
    public async Task ExecutableRenamedJpg_ShouldBeRefused_ByItsContent()
    {
        var html = await RefusedAsync(new UploadFile("anh-dep.jpg", TestFiles.Executable(), "image/jpeg"));

        Assert.Contains("Tệp “anh-dep.jpg” không phải ảnh (JPEG, PNG, GIF, WebP)", html);
        Assert.Contains("xác định theo nội dung, không theo tên tệp", html);
    }

    [Fact]
    public async Task PngNamedPdf_ShouldBeRefused_AsAMismatch()
    {
        var html = await RefusedAsync(new UploadFile("cong-van.pdf", TestFiles.Image(50, 50, SKEncodedImageFormat.Png), "application/pdf"));

        Assert.Contains("có đuôi “.pdf” nhưng nội dung là PNG", html);
    }

    [Fact]
    public async Task SvgWithScript_ShouldBeRefused_EvenWhenNamedPng()
    {
        var svg = await RefusedAsync(new UploadFile("logo.svg", TestFiles.SvgWithScript(), "image/svg+xml"));
        var disguised = await RefusedAsync(new UploadFile("logo.png", TestFiles.SvgWithScript(), "image/png"));

        Assert.Contains("Không nhận ảnh SVG", svg);
        Assert.Contains("Không nhận ảnh SVG", disguised);
    }

    [Fact]
    public async Task ImageOverTheLimit_ShouldBeRefused_WithTheLimitInTheMessage()
    {
        var big = TestFiles.NoisyPng(400, 400);
        Assert.True(big.Length > MediaFactory.ImageLimit);

        var html = await RefusedAsync(new UploadFile("anh-lon.png", big, "image/png"));

        Assert.Contains("Tệp “anh-lon.png”", html);
        Assert.Contains("vượt giới hạn 300 KB", html);
    }

    [Fact]
    public async Task XssInFileName_ShouldBeShownEncoded_InErrorsAndInTheList()
    {
        const string hostile = "<img src=x onerror=alert(1)>.png";
        using var admin = await factory.AdminAsync(Commune);

        var refused = await admin.UploadAsync(null, new UploadFile(hostile, TestFiles.Executable()));
        var accepted = await admin.UploadAsync(null, new UploadFile(hostile, TestFiles.Image(60, 40, SKEncodedImageFormat.Png)));
        var list = await admin.GetStringAsync("admin/media");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        foreach (var html in new[] { await refused.BodyAsync(), list })
        {
            Assert.DoesNotContain("<img src=x onerror", html);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.png", html);
        }
    }

    [Fact]
    public async Task PathTraversalName_ShouldBeStoredInsideTheTenantFolder_UnderALibraryMadeName()
    {
        using var admin = await factory.AdminAsync(Commune);
        var tag = Guid.NewGuid().ToString("N")[..8];

        var response = await admin.UploadAsync(null, new UploadFile($"../../../../tmp/evil-{tag}.png", TestFiles.Image(40, 40, SKEncodedImageFormat.Png)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.ItemByNameAsync(Commune, $"evil-{tag}.png");
        Assert.NotNull(item);
        Assert.DoesNotContain("..", item.Path);
        Assert.DoesNotContain('/', item.Path);
        Assert.False(File.Exists($"/tmp/evil-{tag}.png"));
        Assert.True(File.Exists(Path.Combine(factory.MediaFolder(Commune), item.Path)));
    }
}
