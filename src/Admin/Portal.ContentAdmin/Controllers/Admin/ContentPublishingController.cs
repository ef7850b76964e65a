using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Workflow;
using Portal.Core.Time;
using Portal.ContentAdmin.Content;
using Portal.Abstractions.Modules;

namespace Portal.ContentAdmin.Controllers;

/// <summary>Publishing actions on an item's latest version: publish now, schedule, unpublish, archive, delete.</summary>
[Route("admin/content/{id:int}")]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
[ModuleController(ContentAdminModule.Id)]
public sealed class ContentPublishingController(ContentService content, ContentEditorPages pages, IAuditTrail audit, ContentWorkflowGate workflow) : AdminController
{
    [HttpPost("publish")]
    [RequirePermission(nameof(ContentPermissions.PublishContent))]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } loaded)
        {
            return NotFound();
        }
        if ((await FlowRefusalAsync(loaded, cancellationToken) ?? await CaptionRefusalAsync(loaded)) is { } refusal)
        {
            return refusal;
        }
        var result = await content.PublishAsync(id, UserId, cancellationToken);
        if (!result.Succeeded)
        {
            return await NotPublishedAsync(id, result, cancellationToken);
        }
        await audit.RecordAsync(ContentAuditEntries.For("Published", loaded.Item, $"Đăng “{loaded.Latest.Title}” (phiên bản {loaded.Latest.Number})."), cancellationToken);
        Flash("Đã đăng nội dung.");
        return Back(id);
    }

    [HttpPost("unpublish")]
    [RequirePermission(nameof(ContentPermissions.PublishContent))]
    public async Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } loaded)
        {
            return NotFound();
        }
        if (await FlowRefusalAsync(loaded, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var result = await content.UnpublishAsync(id, UserId, cancellationToken);
        if (result.Succeeded)
        {
            await audit.RecordAsync(ContentAuditEntries.For("Unpublished", result.Value!, "Gỡ khỏi trang."), cancellationToken);
        }
        Flash(result.Succeeded ? "Đã gỡ nội dung khỏi trang." : result.Errors[0]);
        return Back(id);
    }

    [HttpPost("archive")]
    [RequirePermission(nameof(ContentPermissions.PublishContent))]
    public async Task<IActionResult> Archive(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } loaded)
        {
            return NotFound();
        }
        // An item under review is finished by its flow (refuse or take down), not archived from under the reviewer.
        if (await FlowRefusalAsync(loaded, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var result = await content.ArchiveAsync(id, UserId, cancellationToken);
        if (result.Succeeded)
        {
            await audit.RecordAsync(ContentAuditEntries.For("Archived", result.Value!, "Lưu trữ: gỡ khỏi trang, giữ lại hồ sơ."), cancellationToken);
        }
        Flash(result.Succeeded ? "Đã lưu trữ nội dung." : result.Errors[0]);
        return Back(id);
    }

    /// <summary>Blank boxes clear a time; the publish time is checked for captions now, and again by the job when it comes.</summary>
    [HttpPost("schedule")]
    [RequirePermission(nameof(ContentPermissions.PublishContent))]
    public async Task<IActionResult> Schedule(int id, string? publishAt, string? unpublishAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } loaded)
        {
            return NotFound();
        }
        if (await FlowRefusalAsync(loaded, cancellationToken) is { } flowRefusal)
        {
            return flowRefusal;
        }
        var errors = new List<string>();
        if (!ScheduleTimes.TryParseUtc(publishAt, out var publishUtc))
        {
            errors.Add("Thời điểm đăng không hợp lệ (ngày/tháng/năm giờ:phút).");
        }
        if (!ScheduleTimes.TryParseUtc(unpublishAt, out var unpublishUtc))
        {
            errors.Add("Thời điểm gỡ không hợp lệ (ngày/tháng/năm giờ:phút).");
        }
        if (publishUtc is not null && unpublishUtc is not null && unpublishUtc <= publishUtc)
        {
            errors.Add("Thời điểm gỡ phải sau thời điểm đăng.");
        }
        if (errors.Count > 0)
        {
            return await FormAsync(loaded, errors, []);
        }
        if (publishUtc is not null && await CaptionRefusalAsync(loaded) is { } refusal)
        {
            return refusal;
        }
        if (!(await content.ScheduleAsync(id, publishUtc, unpublishUtc, cancellationToken)).Succeeded)
        {
            return NotFound();
        }
        await audit.RecordAsync(ContentAuditEntries.For("Scheduled", loaded.Item,
            $"Hẹn đăng: {(publishUtc is null ? "không" : VietnamTime.DateTimeText(publishUtc))}; hẹn gỡ: {(unpublishUtc is null ? "không" : VietnamTime.DateTimeText(unpublishUtc))}."), cancellationToken);
        Flash(publishUtc is null && unpublishUtc is null ? "Đã bỏ lịch hẹn." : "Đã lưu lịch hẹn đăng, gỡ.");
        return Back(id);
    }

    [HttpPost("delete")]
    [RequirePermission(nameof(ContentPermissions.DeleteContent))]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } loaded)
        {
            return NotFound();
        }
        if (!(await content.DeleteAsync(id, UserId, cancellationToken)).Succeeded)
        {
            return NotFound();
        }
        await audit.RecordAsync(ContentAuditEntries.For("Deleted", loaded.Item, $"Xóa “{loaded.Latest.Title}”."), cancellationToken);
        Flash("Đã xóa nội dung.");
        return Redirect("~/admin/content");
    }

    private sealed record Loaded(ContentItem Item, ContentTypeDefinition Type, ContentVersion Latest);

    private async Task<Loaded?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(id, cancellationToken);
        if (item is null || ContentTypes.Find(item.ContentType) is not { } type)
        {
            return null;
        }
        var latest = await content.GetVersionAsync(id, item.LatestVersion, cancellationToken);
        return latest is null ? null : new Loaded(item, type, latest);
    }

    private async Task<IActionResult?> CaptionRefusalAsync(Loaded loaded)
    {
        var missing = CaptionCheck.Find(loaded.Type, loaded.Latest.Body, loaded.Latest.Parts);
        return missing.Count == 0 ? null : await FormAsync(loaded, ["Chưa thể đăng: các ảnh sau chưa có chú thích."], missing);
    }

    /// <summary>Where an approval flow runs, it may keep the item from being published around it.</summary>
    private async Task<IActionResult?> FlowRefusalAsync(Loaded loaded, CancellationToken cancellationToken) =>
        workflow.Active is { } flow && await flow.DirectPublishRefusalAsync(loaded.Item, User, cancellationToken) is { } reason
            ? await FormAsync(loaded, [reason], [])
            : null;

    /// <summary>
    /// Someone saved a new version between this page and the click (or the item went away): nothing was published,
    /// and the form shows the version that is now the latest, so the editor publishes what they have seen.
    /// </summary>
    private async Task<IActionResult> NotPublishedAsync(int id, Outcome<ContentItem> result, CancellationToken cancellationToken)
    {
        if (!result.IsConflict || await LoadAsync(id, cancellationToken) is not { } fresh)
        {
            return NotFound();
        }
        return await FormAsync(fresh, [NotPublishedBecauseOfConflict], [], StatusCodes.Status409Conflict);
    }

    public const string NotPublishedBecauseOfConflict = "Chưa đăng: người khác vừa lưu một phiên bản mới của nội dung này. Hãy xem lại phiên bản mới nhất bên dưới rồi đăng.";

    /// <summary>Refusals show the item's form with the reasons, answering 400 (409 when someone else's save stopped the action).</summary>
    private async Task<IActionResult> FormAsync(Loaded loaded, IReadOnlyList<string> errors, IReadOnlyList<string> missing, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        return View("~/Views/Content/Edit.cshtml", await pages.BuildForVersionAsync(User, loaded.Type, loaded.Item, loaded.Latest, errors, missing));
    }

    private IActionResult Back(int id) => Redirect($"~/admin/content/{id}");

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);
}
