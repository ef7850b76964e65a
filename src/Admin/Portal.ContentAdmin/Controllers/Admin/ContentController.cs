using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.ContentAdmin.Content;
using Portal.ContentAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.ContentAdmin.Controllers;

/// <summary>
/// The editors' content screens: list, create and edit any type. Every change goes through
/// <see cref="ContentService"/>; the whole draft is validated first so a refused save writes nothing.
/// </summary>
[Route("admin/content")]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
[ModuleController(ContentAdminModule.Id)]
public sealed class ContentController(TenantDbContext db, ContentService content, ContentValidator validator, ContentAccess access, ContentEditorPages pages, ContentTextCleaning textCleaning,
    Portal.Core.Content.Workflow.ContentWorkflowGate workflow, IAuditTrail audit) : AdminController
{
    public const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ContentFilter filter, [FromServices] IEnumerable<Portal.Abstractions.Content.IContentPublicAddress> addresses,
        int page = 1, CancellationToken cancellationToken = default)
    {
        // The editor's rule (ContentAccess.CanEditAsync) as a query: items the user may edit are listed with their latest title
        // and open the editor; of the others only published items are listed, with the title readers see, never a draft's.
        var userId = UserId;
        var editAll = await access.CanAsync(User, ContentPermissions.EditAllContent);
        var editOwn = await access.CanAsync(User, ContentPermissions.EditOwnContent);
        var query = from i in db.ContentItems.AsNoTracking()
                    join v in db.ContentVersions.AsNoTracking() on new { Id = i.Id, N = (int?)i.LatestVersion } equals new { Id = v.ContentItemId, N = (int?)v.Number }
                    join p in db.ContentVersions.AsNoTracking() on new { Id = i.Id, N = i.PublishedVersion } equals new { Id = p.ContentItemId, N = (int?)p.Number } into published
                    from p in published.DefaultIfEmpty()
                    where !i.IsDeleted
                    let editable = editAll || (editOwn && userId != null && i.OwnerId == userId)
                    where editable || (i.PublishedVersion != null && p != null)
                    select new { i, Title = editable ? v.Title : p!.Title, Editable = editable };
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            query = query.Where(r => r.i.ContentType == filter.Type);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.i.Status == status);
        }
        if (filter.SectionId is { } sectionId)
        {
            query = query.Where(r => r.i.SectionId == sectionId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = filter.Q.Trim().Normalize(System.Text.NormalizationForm.FormC);
            query = query.Where(r => r.Title.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        var paging = Paging.Clamped(page, PageSize, total);
        var rows = await query.OrderByDescending(r => r.i.ModifiedUtc).ThenByDescending(r => r.i.Id).Skip(paging.Skip).Take(paging.Take)
            .Select(r => new ContentRow(r.i.Id, r.i.ContentType, r.Title, r.i.Status, r.i.SectionId, r.i.ModifiedUtc, r.i.ScheduledPublishUtc, r.i.LatestVersion)
            {
                Editable = r.Editable,
                Slug = r.i.Slug,
            })
            .ToListAsync(cancellationToken);
        // Read-only rows link to the item on the site, at the address the theme gives its type (none without a theme).
        var address = addresses.FirstOrDefault();
        rows = [.. rows.Select(r => r.Editable || address is null ? r : r with { PublicUrl = address.PublicUrl(r.Type, r.Slug) })];
        return View(new ContentListViewModel
        {
            Filter = filter,
            Rows = rows,
            Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken),
            Page = paging.Page,
            PageCount = paging.PageCount,
            Total = total,
            CanCreate = await access.CanAsync(User, ContentPermissions.CreateContent),
        });
    }

    [HttpGet("new/{type}")]
    [RequirePermission(nameof(ContentPermissions.CreateContent))]
    public async Task<IActionResult> Create(string type)
    {
        if (ContentTypes.Find(type) is not { } definition)
        {
            return NotFound();
        }
        return View("Edit", await pages.BuildAsync(User, definition, null, new ContentForm { Intent = "draft" }, []));
    }

    [HttpPost("new/{type}")]
    [RequirePermission(nameof(ContentPermissions.CreateContent))]
    public async Task<IActionResult> Create(string type, [FromForm] ContentForm form, CancellationToken cancellationToken)
    {
        if (ContentTypes.Find(type) is not { } definition)
        {
            return NotFound();
        }
        var (draft, parts, errors, conversions) = await ReadAsync(definition, form, cancellationToken);
        if (errors.Count > 0)
        {
            return await FormAsync(400, definition, null, form, parts, errors);
        }
        if (await PublishRefusalAsync(definition, null, form, draft, parts) is { } refusal)
        {
            return refusal;
        }
        var result = Publishes(form)
            ? await content.CreateAndPublishAsync(definition.Name, draft, UserId, cancellationToken)
            : await content.CreateAsync(definition.Name, draft, UserId, cancellationToken);
        if (!result.Succeeded)
        {
            return await FormAsync(400, definition, null, form, parts, result.Errors);
        }
        return await AfterSaveAsync(result.Value!, form, conversions, cancellationToken);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(id, cancellationToken);
        if (item is null || ContentTypes.Find(item.ContentType) is not { } definition)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(User, item))
        {
            return Forbid();
        }
        var latest = (await content.GetVersionAsync(id, item.LatestVersion, cancellationToken))!;
        return View(await pages.BuildForVersionAsync(User, definition, item, latest, [], []));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [FromForm] ContentForm form, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(id, cancellationToken);
        if (item is null || ContentTypes.Find(item.ContentType) is not { } definition)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(User, item))
        {
            return Forbid();
        }
        var (draft, parts, errors, conversions) = await ReadAsync(definition, form, cancellationToken);
        if (errors.Count > 0)
        {
            return await FormAsync(400, definition, item, form, parts, errors);
        }
        if (workflow.Active is { } flow && await flow.EditRefusalAsync(item, User, cancellationToken) is { } locked)
        {
            return await FormAsync(400, definition, item, form, parts, [locked]);
        }
        if (await PublishRefusalAsync(definition, item, form, draft, parts) is { } refusal)
        {
            return refusal;
        }
        // Saving and publishing is one commit in the service: someone else's save at any moment before it leaves
        // both undone and shows the conflict, never "saved and published" over a site that kept the old version.
        var result = Publishes(form)
            ? await content.SaveAndPublishAsync(id, form.Revision, draft, UserId, cancellationToken)
            : await content.SaveDraftAsync(id, form.Revision, draft, UserId, cancellationToken);
        if (result.IsConflict)
        {
            return await ConflictAsync(definition, result, form, draft, parts);
        }
        if (!result.Succeeded)
        {
            return await FormAsync(400, definition, item, form, parts, result.Errors);
        }
        return await AfterSaveAsync(result.Value!, form, conversions, cancellationToken);
    }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private async Task<(ContentDraft Draft, JsonObject Parts, List<string> Errors, LegacyConversionReport Conversions)> ReadAsync(ContentTypeDefinition type, ContentForm form, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var parts = PartsFormReader.Read(type, Request.Form, errors);
        // Before validation, so lengths and required fields are checked on the Unicode text that will be stored.
        var conversions = textCleaning.Clean(type, form, parts);
        var draft = new ContentDraft(form.Title?.Trim() ?? "", Blank(form.Summary), Blank(form.Body), ContentParts.Normalize(type, parts),
            form.SectionId, form.FieldId, Blank(form.Comment));
        errors.AddRange(await validator.ValidateAsync(type, draft, cancellationToken));
        return (draft, parts, errors, conversions);
    }

    /// <summary>"Save and publish" is checked before anything is saved: permission first, then a running approval flow, then captions.</summary>
    private async Task<IActionResult?> PublishRefusalAsync(ContentTypeDefinition type, ContentItem? item, ContentForm form, ContentDraft draft, JsonObject parts)
    {
        if (form.Intent != "publish")
        {
            return null;
        }
        if (!await access.CanAsync(User, ContentPermissions.PublishContent))
        {
            return Forbid();
        }
        if (item is not null && workflow.Active is { } flow && await flow.DirectPublishRefusalAsync(item, User, HttpContext.RequestAborted) is { } reason)
        {
            return await FormAsync(400, type, item, form, parts, [reason]);
        }
        var missing = CaptionCheck.Find(type, draft.Body, draft.Parts);
        return missing.Count == 0 ? null : await FormAsync(400, type, item, form, parts, ["Chưa thể đăng: các ảnh sau chưa có chú thích."], missing);
    }

    private static bool Publishes(ContentForm form) => form.Intent == "publish";

    private async Task<IActionResult> AfterSaveAsync(ContentItem item, ContentForm form, LegacyConversionReport conversions, CancellationToken cancellationToken)
    {
        string saved;
        if (Publishes(form))
        {
            await audit.RecordAsync(ContentAuditEntries.For("Published", item, $"Lưu và đăng phiên bản {item.PublishedVersion}."), cancellationToken);
            saved = "Đã lưu và đăng nội dung.";
        }
        else
        {
            saved = "Đã lưu bản nháp.";
        }
        // The editor is told what legacy text was converted, so a wrong guess can be noticed and fixed.
        Flash(string.Join(" ", conversions.Messages().Prepend(saved)));
        return Redirect($"~/admin/content/{item.Id}");
    }

    /// <summary>409: nothing was written; the page shows their version, what differs in ours, and our text to save again knowingly.</summary>
    private async Task<IActionResult> ConflictAsync(ContentTypeDefinition type, Outcome<ContentItem> result, ContentForm form, ContentDraft draft, JsonObject parts)
    {
        var theirs = (ContentVersion)result.Theirs!;
        var mine = new ContentVersion { Title = draft.Title, Summary = draft.Summary, Body = draft.Body, Parts = draft.Parts, SectionId = draft.SectionId, FieldId = draft.FieldId };
        var diff = VersionDiff.Compare(type, theirs, mine, await pages.NamesAsync());
        form.Revision = result.Value!.Revision;
        IReadOnlyList<string> errors = Publishes(form) ? [NotPublishedBecauseOfConflict, .. result.Errors] : result.Errors;
        var model = await pages.BuildAsync(User, type, result.Value, form, parts, errors, theirs: theirs, conflictDiff: diff);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", model);
    }

    /// <summary>What the editor must know when "save and publish" met someone else's save: neither step happened.</summary>
    public const string NotPublishedBecauseOfConflict = "Chưa lưu và chưa đăng: trong lúc bạn sửa, người khác đã lưu nội dung này. Trang công khai vẫn hiển thị bản đã đăng trước đó.";

    private async Task<IActionResult> FormAsync(int status, ContentTypeDefinition type, ContentItem? item, ContentForm form, JsonObject parts, IReadOnlyList<string> errors, IReadOnlyList<string>? missing = null)
    {
        Response.StatusCode = status;
        return View("Edit", await pages.BuildAsync(User, type, item, form, parts, errors, missing));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
