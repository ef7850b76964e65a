using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;
using Portal.Core.Media;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Media;

/// <summary>Shortcuts for media tests: uploads through the admin, the library's rows and files.</summary>
internal static class MediaTestKit
{
    public const string Commune = "xa-dak-plo";
    public const string School = "th-muong-muon";

    public static Task<HttpResponseMessage> UploadAsync(this PortalClient client, string? folder, params UploadFile[] files) =>
        client.PostMultipartAsync("admin/media", "admin/media/upload", [("folder", folder ?? "")], files);

    public static async Task<List<MediaItem>> ItemsAsync(this PortalFactory factory, string tenant)
    {
        using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Items.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
    }

    public static async Task<MediaItem?> ItemByNameAsync(this PortalFactory factory, string tenant, string originalName) =>
        (await factory.ItemsAsync(tenant)).LastOrDefault(i => i.OriginalName == originalName);

    public static string MediaFolder(this PortalFactory factory, string tenant)
    {
        using var scope = factory.TenantScope(tenant);
        return scope.ServiceProvider.GetRequiredService<ITenantContext>().MediaFolder;
    }

    /// <summary>Every file under the tenant's media folder, including the private upload area.</summary>
    public static string[] FilesOnDisk(this PortalFactory factory, string tenant)
    {
        var folder = factory.MediaFolder(tenant);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    public static async Task<T> WithLibraryAsync<T>(this PortalFactory factory, string tenant, Func<IMediaLibrary, Task<T>> action)
    {
        using var scope = factory.TenantScope(tenant);
        return await action(scope.ServiceProvider.GetRequiredService<IMediaLibrary>());
    }
}
