using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Media;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.WordImport;

/// <summary>Uploads a .docx from the article create page, as the editor's browser does, and counts what exists.</summary>
internal static class WordImportKit
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static Task<HttpResponseMessage> ImportAsync(this PortalClient client, string fileName, byte[] content) =>
        client.PostMultipartAsync("admin/content/new/Article", "admin/content/import-docx", [], new UploadFile(fileName, content, DocxType));

    public static Task<int> ItemCountAsync(this PortalFactory factory) =>
        factory.QueryAsync(ContentAdminKit.Commune, db => db.ContentItems.CountAsync());

    public static async Task<int> MediaCountAsync(this PortalFactory factory)
    {
        using var scope = factory.TenantScope(ContentAdminKit.Commune);
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Items.CountAsync();
    }
}
