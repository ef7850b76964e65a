using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Content;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Workflow;
using Portal.ContentAdmin.Content;
using Portal.Abstractions.Modules;

namespace Portal.ContentAdmin.Controllers;

/// <summary>
/// A writer sends their draft for review. Like publishing, it is refused while images lack captions, so
/// the board never receives photos it would have to send back for that. Where the tenant runs an approval flow
/// (<see cref="ContentWorkflowGate"/>), the flow takes the item over: routing, review, deadlines and its own audit rows.
/// </summary>
[Route("admin/content/{id:int}")]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
[ModuleController(ContentAdminModule.Id)]
public sealed class ContentSubmissionController(ContentService content, ContentAccess access, ContentEditorPages pages, IAuditTrail audit, ContentWorkflowGate workflow) : AdminController
{
    public const string NotSubmittedBecauseOfConflict = "Chưa gửi duyệt: người khác vừa lưu một phiên bản mới của nội dung này. Hãy xem lại rồi gửi duyệt.";

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(int id, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(id, cancellationToken);
        var latest = item is null ? null : await content.GetVersionAsync(id, item.LatestVersion, cancellationToken);
        if (item is null || latest is null || ContentTypes.Find(item.ContentType) is not { } type)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(User, item))
        {
            return Forbid();
        }
        var missing = CaptionCheck.Find(type, latest.Body, latest.Parts);
        if (missing.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/Content/Edit.cshtml", await pages.BuildForVersionAsync(User, type, item, latest, ["Chưa thể gửi duyệt: các ảnh sau chưa có chú thích."], missing));
        }
        if (workflow.Active is { } flow)
        {
            var started = await flow.SubmitAsync(item, User, cancellationToken);
            if (!started.Succeeded)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("~/Views/Content/Edit.cshtml", await pages.BuildForVersionAsync(User, type, item, latest, started.Errors, []));
            }
            Flash("Đã gửi duyệt.");
            return Redirect(flow.ItemUrl(id));
        }
        // The version checked above is the one submitted: a save by someone else since then answers a conflict.
        var submitted = await content.SetStatusAsync(id, ContentStatus.Submitted, ContentEventKind.Submitted, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken, item.Revision);
        if (!submitted.Succeeded)
        {
            Flash(submitted.IsConflict ? NotSubmittedBecauseOfConflict : submitted.Errors[0]);
            return Redirect($"~/admin/content/{id}");
        }
        await audit.RecordAsync(ContentAuditEntries.For("Submitted", item, $"Gửi duyệt “{latest.Title}” (phiên bản {latest.Number})."), cancellationToken);
        Flash("Đã gửi duyệt.");
        return Redirect($"~/admin/content/{id}");
    }
}
