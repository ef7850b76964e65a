using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content.Types;
using Portal.Core.Media;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.Media;
using Portal.IntegrationTests.Search;
using Portal.Search.Files;
using Portal.UnitTests.Files;

namespace Portal.IntegrationTests.Files;

/// <summary>
/// Issue 12's worst path: a hostile file in the media library, attached to a legal document, read by the indexers —
/// the tenant's index after the change and the host index at every start. Before the worker, the deep .docx ended the
/// process at indexing and again after every restart. Now each file is read once in the worker, marked, and never
/// parsed again; indexing goes on with the other attachments.
/// </summary>
public sealed class HostileAttachmentTests
{
    [Fact]
    public async Task HostileAttachments_ShouldBeMarkedOnce_AndNeverReopened_EvenAfterARestart()
    {
        var marker = SearchKit.Marker("dinhkem");
        string appData;
        string deepDocx, deepPdf, good;
        using (var first = new HostSearchFactory { KeepAppData = true })
        {
            appData = first.AppData;
            await first.WhenHostIndexedAsync();
            // Stored before the upload check existed: put in the library as the old code let it in.
            deepDocx = await StoredBeforeTheFixAsync(first, "quyet-dinh-sau.docx", HostileFiles.DeepDocx(40_000));
            // PDFs are not parsed on upload (a deep object tree cannot be seen without parsing): the normal path.
            deepPdf = await first.MediaAsync(ContentAdminKit.Commune, "phu-luc-sau.pdf", HostileFiles.DeepPdf(50_000));
            good = await first.MediaAsync(ContentAdminKit.Commune, "ke-hoach.docx", SearchKit.Docx($"Kế hoạch {marker} năm 2026."));
            using var editor = await first.AsAsync("truongban");

            await PublishLegalDocumentAsync(first, editor, deepDocx, deepPdf, good);

            using var reader = first.ClientFor(ContentAdminKit.Commune);
            Assert.Contains($"<mark>{marker}</mark>", await reader.PublicSearchAsync(marker, "&type=LegalDocument"));
            await first.WhenHostIndexedAsync();
            Assert.Contains($"<mark>{marker}</mark>", await OperatorSearchAsync(first, marker));
            var items = await first.ItemsAsync(ContentAdminKit.Commune);
            Assert.Equal(MediaTextState.Unreadable, items.Single(i => i.OriginalName == "quyet-dinh-sau.docx").TextState);
            Assert.Equal(MediaTextState.Unreadable, items.Single(i => i.OriginalName == "phu-luc-sau.pdf").TextState);
            Assert.Equal(MediaTextState.Read, items.Single(i => i.OriginalName == "ke-hoach.docx").TextState);
            // One run per file, though two indexes and two scopes (latest, published) read them.
            Assert.Equal(3, first.Services.GetRequiredService<FileWorkerClient>().Runs);
            using var admin = await first.AdminAsync(ContentAdminKit.Commune);
            var screen = await admin.GetStringAsync("admin/media");
            Assert.Equal(2, CountOf(screen, "data-testid=\"media-unreadable\""));
            Assert.Contains("Không đọc được nội dung tệp", screen);
        }
        // Both indexes must read every item again at the next start: the host index as on a new node, the unit's from scratch.
        await DeleteIndexFolderAsync(Path.Combine(appData, "host-index"));
        await DeleteIndexFolderAsync(Path.Combine(appData, "tenants", ContentAdminKit.Commune, "index"));

        using var second = new HostSearchFactory { AppData = appData };
        await second.WhenHostIndexedAsync();
        using var secondReader = second.ClientFor(ContentAdminKit.Commune);

        Assert.Contains($"<mark>{marker}</mark>", await secondReader.PublicSearchAsync(marker, "&type=LegalDocument"));
        Assert.Contains($"<mark>{marker}</mark>", await OperatorSearchAsync(second, marker));
        Assert.True(second.HostIndexer.WholeUnitIndexes >= 1, "The start-up sweep indexed the unit whole");
        Assert.Equal(0, second.Services.GetRequiredService<FileWorkerClient>().Runs);
        Assert.Equal(HttpStatusCode.OK, (await secondReader.GetAsync("")).StatusCode);
    }

    /// <summary>
    /// Deletes an index folder of the stopped first host. On a loaded machine a file has once appeared in the folder during
    /// the delete ("Directory not empty"); the names left are printed and the delete tried again once after a second.
    /// </summary>
    private static async Task DeleteIndexFolderAsync(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException error)
        {
            var left = Directory.Exists(folder) ? string.Join(", ", Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)) : "(gone)";
            Console.WriteLine($"Deleting {folder} failed ({error.Message}); left: {left}. Trying again.");
            await Task.Delay(TimeSpan.FromSeconds(1));
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> StoredBeforeTheFixAsync(PortalFactory factory, string name, byte[] content)
    {
        var path = $"{Path.GetFileNameWithoutExtension(name)}-{Guid.NewGuid().ToString("N")[..8]}{Path.GetExtension(name)}";
        await File.WriteAllBytesAsync(Path.Combine(factory.MediaFolder(ContentAdminKit.Commune), path), content);
        using var scope = factory.TenantScope(ContentAdminKit.Commune);
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        db.Items.Add(new MediaItem
        {
            OriginalName = name, StoredName = path, Path = path, ContentType = DetectedType.Docx.ContentType,
            Kind = MediaKind.Document, Size = content.Length, CreatedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return MediaUrls.Resolve(MediaUrls.Original(path), "/" + ContentAdminKit.Commune);
    }

    private static async Task PublishLegalDocumentAsync(PortalFactory factory, PortalClient editor, params string[] attachments)
    {
        var section = await factory.SectionForAsync(ContentTypes.LegalDocument);
        var fields = new List<(string, string)>
        {
            ("Title", ContentAdminKit.Unique("Quyết định có tệp đính kèm")), ("Summary", "Trích yếu"), ("Body", ""), ("SectionId", section?.ToString() ?? ""),
            ("Parts.Number", "16/QĐ-UBND"), ("Parts.DocumentType", "Quyết định"), ("Parts.IssuingBody", "UBND xã Đắk Plô"), ("Parts.IssueDate", "2026-11-10"),
            ("Intent", "publish"),
        };
        for (var i = 0; i < attachments.Length; i++)
        {
            fields.Add(($"Parts.Attachments[{i}].Url", attachments[i]));
            fields.Add(($"Parts.Attachments[{i}].Name", $"Tệp {i + 1}"));
        }
        var (created, _) = await editor.CreateAsync(ContentTypes.LegalDocument, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    private static async Task<string> OperatorSearchAsync(PortalFactory factory, string q)
    {
        using var host = factory.ClientFor(null);
        Assert.Equal(HttpStatusCode.Redirect, (await host.LoginAsync(PortalFactory.OperatorUser, PortalFactory.OperatorPassword)).StatusCode);
        return await host.GetStringAsync($"admin/host-search?q={q}");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
