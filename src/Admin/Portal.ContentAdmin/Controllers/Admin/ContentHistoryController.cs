using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;
using Portal.ContentAdmin.Content;
using Portal.ContentAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.ContentAdmin.Controllers;

/// <summary>An item's versions, the difference between any two of them, and restoring an old one as a new draft.</summary>
[Route("admin/content/{id:int}")]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
[ModuleController(ContentAdminModule.Id)]
public sealed class ContentHistoryController(TenantDbContext db, ContentService content, ContentAccess access, ContentEditorPages pages, IAuditTrail audit,
    Portal.Core.Content.Workflow.ContentWorkflowGate workflow) : AdminController
{
    /// <param name="from">The older side of the comparison (any version number).</param>
    /// <param name="to">The newer side; both default to the last two versions.</param>
    [HttpGet("history")]
    public async Task<IActionResult> Index(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(id, cancellationToken);
        if (item is null || ContentTypes.Find(item.ContentType) is not { } type)
        {
            return NotFound();
        }
        // Versions and their differences show drafts: the same rule as the editor (issue 12 §8), so a contributor or
        // the accountant cannot read another user's unpublished titles and text here while search hides them.
        if (!await access.CanEditAsync(User, item))
        {
            return Forbid();
        }
        var versions = await content.GetHistoryAsync(id, cancellationToken);
        to ??= item.LatestVersion;
        from ??= Math.Max(1, to.Value - 1);
        var older = versions.FirstOrDefault(v => v.Number == from);
        var newer = versions.FirstOrDefault(v => v.Number == to);
        var authorIds = versions.Select(v => v.AuthorId).OfType<string>().Distinct().ToList();
        return View("~/Views/Content/History.cshtml", new ContentHistoryViewModel
        {
            Item = item,
            Type = type,
            Versions = versions,
            Authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken),
            From = older?.Number,
            To = newer?.Number,
            Diff = older is null || newer is null || older.Number == newer.Number ? [] : VersionDiff.Compare(type, older, newer, await pages.NamesAsync()),
            CanRestore = true,
        });
    }

    [HttpPost("restore/{number:int}")]
    public async Task<IActionResult> Restore(int id, int number, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(User, item))
        {
            return Forbid();
        }
        if (workflow.Active is { } flow && await flow.EditRefusalAsync(item, User, cancellationToken) is { } locked)
        {
            Flash(locked);
            return Redirect($"~/admin/content/{id}/history");
        }
        var result = await content.RestoreAsync(id, number, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (result.IsConflict)
        {
            Flash("Chưa khôi phục: người khác vừa lưu một phiên bản mới của nội dung này. Hãy xem lại lịch sử rồi khôi phục.");
            return Redirect($"~/admin/content/{id}/history");
        }
        if (!result.Succeeded)
        {
            return NotFound();
        }
        await audit.RecordAsync(ContentAuditEntries.For("Restored", result.Value!, $"Khôi phục phiên bản {number} thành phiên bản {result.Value!.LatestVersion}."), cancellationToken);
        Flash($"Đã khôi phục phiên bản {number} thành bản nháp mới (phiên bản {result.Value!.LatestVersion}).");
        return Redirect($"~/admin/content/{id}");
    }
}
