using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Media;
using Portal.Core.Tenancy;
using SkiaSharp;

namespace Portal.BrowserTests;

/// <summary>Puts a real photo into a unit's media library, as an earlier upload would have.</summary>
public static class PortalServerMedia
{
    /// <returns>The photo's address as the picker gives it (with the unit's prefix).</returns>
    public static async Task<string> SavePhotoAsync(this PortalServer server, string tenant, string fileName, string? folder = null)
    {
        using var bitmap = new SKBitmap(640, 360);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x2e, 0x7d, 0x32));
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        using var scope = server.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(server.Services.GetRequiredService<TenantRegistry>().Find(tenant)!);
        var library = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
        await using var stream = data.AsStream();
        if (folder is not null)
        {
            string? parent = null;
            foreach (var name in folder.Split('/'))
            {
                parent = (await library.EnsureFolderAsync(parent, name)).Value!.Path;
            }
        }
        var saved = await library.SaveAsync(folder, fileName, stream, null, "Ngày hội", "Ngày hội ở thôn");
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException(saved.Problem!.Template);
        }
        return $"/{tenant}/media/{saved.Value!.Path}";
    }

    /// <summary>A draft article showing <paramref name="url"/>, as an editor's recent work would.</summary>
    public static async Task UseInDraftAsync(this PortalServer server, string tenant, string url)
    {
        using var scope = server.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(server.Services.GetRequiredService<TenantRegistry>().Find(tenant)!);
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var result = await content.CreateAsync(ContentTypes.Article, new ContentDraft("Bài dùng ảnh " + Guid.NewGuid().ToString("N")[..6], null,
            $"<figure><img src=\"{url}\" alt=\"Ảnh\"><figcaption>Ảnh đã dùng</figcaption></figure>"), null);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors));
        }
    }
}
