using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Import;
using Portal.Core.Content.Types;
using Portal.Core.Media;
using Portal.ContentAdmin.Content;
using Portal.ContentAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.ContentAdmin.Controllers;

/// <summary>
/// Word import on the article create page: a .docx becomes a draft article whose pictures are stored in the
/// media library. The file is read completely before anything is stored, so a refused upload creates nothing.
/// </summary>
[Route("admin/content")]
[RequirePermission(nameof(ContentPermissions.CreateContent))]
[ModuleController(ContentAdminModule.Id)]
public sealed class WordImportController(DocxImporter importer, ContentService content, IMediaLibrary media, ContentEditorPages pages, TimeProvider clock,
    ILogger<WordImportController> logger)
    : AdminController
{
    /// <summary>Word files with photos are large; 30 MB covers a long article with a dozen camera pictures.</summary>
    public const long MaxBytes = 30L * 1024 * 1024;

    public const string Folder = MediaPickerOrder.ImportFolder;

    [HttpPost("import-docx"), ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxBytes + 64 * 1024), RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(CancellationToken cancellationToken)
    {
        // One document per import; the first file is taken whatever its field is called (the form's is "file").
        var file = Request.HasFormContentType && Request.Form.Files.Count > 0 ? Request.Form.Files[0] : null;
        if (file is null || file.Length == 0)
        {
            return await RefuseAsync("Hãy chọn một tệp Word (.docx) có nội dung.");
        }
        if (file.Length > MaxBytes || !file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(file.Length > MaxBytes ? "Tệp quá lớn: tối đa 30 MB." : "Chỉ nhập được tệp Word dạng .docx.");
        }
        ImportedDocument document;
        try
        {
            await using var stream = file.OpenReadStream();
            document = importer.Import(stream);
        }
        catch (DocxImportException e)
        {
            return await RefuseAsync(e.Message);
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var (urls, saved, notes) = await SaveImagesAsync(document, userId, cancellationToken);
        var title = string.IsNullOrWhiteSpace(document.Title) ? Path.GetFileNameWithoutExtension(file.FileName) : document.Title;
        var body = document.WithImageUrls(image => urls.GetValueOrDefault(image.Index));
        var draft = new ContentDraft(title, null, body, Comment: "Nhập từ tệp Word");
        var result = await content.CreateAsync(ContentTypes.Article, draft, userId, cancellationToken);
        if (!result.Succeeded)
        {
            // Nothing half-way: the pictures stored for a draft that was not created go too (nothing uses them yet).
            foreach (var id in saved)
            {
                if (await media.DeleteAsync(id, CancellationToken.None) is { Succeeded: false } left)
                {
                    logger.LogWarning("A picture of a refused Word import stays in the library (#{Id}): {Problem}", id, left.Problem);
                }
            }
            return await RefuseAsync([.. result.Errors]);
        }
        Flash(string.Join(" ", document.Conversions.Messages().Prepend("Đã nhập tệp Word thành bản nháp.").Concat(notes)));
        return Redirect($"~/admin/content/{result.Value!.Id}");
    }

    /// <summary>
/// Each picture goes into "word-import/yyyy-MM" with Word's alt text and the caption written under it; the editor adds
/// the captions the document lacked before publishing.
/// </summary>
    private async Task<(Dictionary<int, string> Urls, List<int> Saved, List<string> Notes)> SaveImagesAsync(ImportedDocument document, string? userId, CancellationToken cancellationToken)
    {
        var urls = new Dictionary<int, string>();
        var ids = new List<int>();
        var notes = new List<string>();
        if (document.Images.Count == 0)
        {
            return (urls, ids, notes);
        }
        var month = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var root = await media.EnsureFolderAsync(null, Folder, cancellationToken);
        var folder = root.Succeeded ? await media.EnsureFolderAsync(root.Value!.Path, month, cancellationToken) : root;
        if (!folder.Succeeded)
        {
            notes.Add($"Không lưu được ảnh: {folder.Problem}");
            return (urls, ids, notes);
        }
        var uncaptioned = new List<string>();
        foreach (var image in document.Images)
        {
            using var bytes = new MemoryStream(image.Content, writable: false);
            var saved = await media.SaveAsync(folder.Value!.Path, image.SuggestedFileName, bytes, userId,
                alt: string.IsNullOrWhiteSpace(image.AltText) ? null : image.AltText, caption: image.Caption, cancellationToken: cancellationToken);
            if (!saved.Succeeded)
            {
                notes.Add($"Ảnh {image.SuggestedFileName} không được lưu: {saved.Problem}");
                continue;
            }
            // Resolved with the tenant's prefix, as the editor's picker inserts them.
            urls[image.Index] = MediaUrls.Resolve(saved.Value!.Url, Request.PathBase.Value);
            ids.Add(saved.Value.Id);
            if (string.IsNullOrWhiteSpace(image.Caption))
            {
                uncaptioned.Add(saved.Value.OriginalName);
            }
        }
        if (uncaptioned.Count > 0)
        {
            notes.Add($"Các ảnh sau chưa có chú thích, cần thêm trước khi đăng: {string.Join(", ", uncaptioned)}.");
        }
        return (urls, ids, notes);
    }

    private async Task<IActionResult> RefuseAsync(params string[] errors)
    {
        var model = await pages.BuildAsync(User, ContentTypes.Find(ContentTypes.Article)!, null, new ContentForm { Intent = "draft" }, [], errors);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Views/Content/Edit.cshtml", model);
    }
}
