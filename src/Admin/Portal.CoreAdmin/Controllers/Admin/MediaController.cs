using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Media;
using Portal.CoreAdmin.ViewModels.Media;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>
/// The tenant's media library: browse folders, create them, upload (several files at once), edit
/// alt text and caption, delete; and the JSON picker the editor uses. Every change goes through
/// <see cref="IMediaLibrary"/>, which checks the files and writes the audit trail. Access is decided
/// per action (<see cref="MediaAccess"/>): holders of ManageMedia do everything, holders of
/// UploadMedia upload and change only their own files; anyone else is refused.
/// </summary>
[Route("admin/media")]
[ModuleController(CoreAdminModule.Id)]
public sealed class MediaController(
    IMediaLibrary library,
    IPermissionService permissions,
    IOptions<MediaOptions> options,
    MediaStorage storage,
    TenantDbContext content,
    IStringLocalizer<MediaController> T) : AdminController
{
    /// <summary>Hard ceiling of one upload request; the per-kind limits (Portal:Media) are checked by the library.</summary>
    private const long RequestLimit = 1024L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? folder, string? q, CancellationToken cancellationToken)
    {
        if (await AccessAsync() is not { CanUpload: true } access)
        {
            return Forbid();
        }
        return View(await BuildAsync(access, folder, q, [], cancellationToken));
    }

    [HttpPost("upload"), ValidateAntiForgeryToken]
    [RequestSizeLimit(RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(string? folder, List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (await AccessAsync() is not { CanUpload: true } access)
        {
            return Forbid();
        }
        if (files.Count == 0)
        {
            return await WithErrorsAsync(access, folder, [T["Hãy chọn ít nhất một tệp."].Value], cancellationToken);
        }
        var errors = new List<string>();
        var saved = 0;
        var uploader = access.UserId;
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var result = await library.SaveAsync(folder, file.FileName, stream, uploader, cancellationToken: cancellationToken);
            if (result.Succeeded)
            {
                saved++;
            }
            else
            {
                errors.Add(Text(result.Problem!));
            }
        }
        if (errors.Count > 0)
        {
            // Files that passed are kept; the page lists the ones refused and why.
            return await WithErrorsAsync(access, folder, saved > 0 ? [T["Đã tải lên {0} tệp.", saved].Value, .. errors] : errors, cancellationToken);
        }
        Flash(T["Đã tải lên {0} tệp.", saved]);
        return RedirectToFolder(folder);
    }

    [HttpPost("folders"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateFolder(string? parent, string? name, CancellationToken cancellationToken)
    {
        if (await AccessAsync() is not { CanManageAll: true } access)
        {
            return Forbid();
        }
        var result = await library.CreateFolderAsync(parent, name ?? "", cancellationToken);
        if (!result.Succeeded)
        {
            return await WithErrorsAsync(access, parent, [Text(result.Problem!)], cancellationToken);
        }
        Flash(T["Đã tạo thư mục “{0}”.", result.Value!.Name]);
        return RedirectToFolder(result.Value.Path);
    }

    [HttpPost("{id:int}/text"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditText(int id, string? alt, string? caption, CancellationToken cancellationToken)
    {
        var access = await AccessAsync();
        if (await library.FindAsync(id, cancellationToken) is not { } item)
        {
            return access.CanUpload ? NotFound() : Forbid();
        }
        if (!access.CanChange(item))
        {
            return Forbid();
        }
        var result = await library.UpdateTextAsync(id, alt, caption, cancellationToken);
        if (!result.Succeeded)
        {
            return await WithErrorsAsync(access, item.FolderPath, [Text(result.Problem!)], cancellationToken);
        }
        Flash(T["Đã lưu văn bản thay thế và chú thích của “{0}”.", item.OriginalName]);
        return RedirectToFolder(item.FolderPath);
    }

    [HttpPost("{id:int}/delete"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var access = await AccessAsync();
        if (await library.FindAsync(id, cancellationToken) is not { } item)
        {
            return access.CanUpload ? NotFound() : Forbid();
        }
        if (!access.CanChange(item))
        {
            return Forbid();
        }
        var result = await library.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return await WithErrorsAsync(access, item.FolderPath, [Text(result.Problem!)], cancellationToken);
        }
        Flash(T["Đã xóa “{0}”.", item.OriginalName]);
        return RedirectToFolder(item.FolderPath);
    }

    /// <summary>
    /// For the editor: files of a folder (the whole library but the Word-import folder when none is given) matching
    /// <paramref name="q"/>, those recently used in content first, then newest first (<see cref="MediaPickerOrder"/>).
    /// </summary>
    [HttpGet("picker")]
    public async Task<IActionResult> Picker(string? folder, string? q, CancellationToken cancellationToken)
    {
        if (!(await AccessAsync()).CanUpload)
        {
            return Forbid();
        }
        var path = string.IsNullOrWhiteSpace(folder) ? null : folder.Trim('/');
        var items = await library.ListAsync(path, q, 500, cancellationToken);
        var recent = await MediaRecentUse.PathsAsync(content, cancellationToken);
        return Json(MediaPickerOrder.Arrange(items, recent, path).Take(100).Select(i => MediaPickerItem.From(i.Item, Request.PathBase.Value, i.Recent)));
    }

    /// <summary>For the picker's folder list: every folder by path, the Word-import ones included (picked on purpose).</summary>
    [HttpGet("picker/folders")]
    public async Task<IActionResult> PickerFolders(CancellationToken cancellationToken)
    {
        if (!(await AccessAsync()).CanUpload)
        {
            return Forbid();
        }
        var folders = await library.FoldersAsync(cancellationToken);
        return Json(folders.Select(f => new { f.Path, f.Name, Depth = f.Path.Count(c => c == '/'), Imported = MediaPickerOrder.IsImported(f.Path) }));
    }

    private Task<MediaAccess> AccessAsync() => MediaAccess.ForAsync(User, permissions);

    private string Text(MediaProblem problem) => T[problem.Template, problem.Arguments].Value;

    private IActionResult RedirectToFolder(string? folder) =>
        string.IsNullOrEmpty(folder) ? Redirect("~/admin/media") : Redirect("~/admin/media?folder=" + Uri.EscapeDataString(folder));

    private async Task<IActionResult> WithErrorsAsync(MediaAccess access, string? folder, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await BuildAsync(access, folder, null, errors, cancellationToken));
    }

    private async Task<MediaIndexViewModel> BuildAsync(MediaAccess access, string? folder, string? q, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var folders = await library.FoldersAsync(cancellationToken);
        var path = (folder ?? "").Trim('/');
        if (path.Length > 0 && folders.All(f => f.Path != path))
        {
            path = "";
        }
        return new MediaIndexViewModel
        {
            Folders = folders,
            FolderPath = path,
            Query = q,
            Items = await library.ListAsync(path, q, 200, cancellationToken),
            Errors = errors,
            Limits = options.Value,
            Access = access,
            Storage = await storage.FiguresAsync(cancellationToken),
        };
    }
}
