using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Workflow;
using Portal.Core.Data;
using Portal.ContentAdmin.ViewModels;

namespace Portal.ContentAdmin.Content;

/// <summary>Builds the edit form's model: the sections that list the type, the fields, and what the user may do.</summary>
public sealed class ContentEditorPages(TenantDbContext db, ContentAccess access, ISimilarContentFinder similar, ContentWorkflowGate workflow, IEnumerable<IContentPreview> previews)
{
    public async Task<ContentEditViewModel> BuildAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem? item, ContentForm form, JsonObject parts,
        IReadOnlyList<string>? errors = null, IReadOnlyList<string>? missingCaptions = null, ContentVersion? theirs = null, IReadOnlyList<FieldDiff>? conflictDiff = null)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.ParentId).ThenBy(s => s.SortOrder).ToListAsync();
        // What this user can really do with the item: the flow's word on it when the tenant runs one, else the plain statuses.
        var flow = item is null ? null : workflow.Active;
        var status = flow is null ? null : await flow.StatusAsync(item!, user, CancellationToken.None);
        var locked = status?.EditRefusal is not null;
        return new ContentEditViewModel
        {
            Workflow = status,
            WorkflowUrl = item is null ? null : flow?.ItemUrl(item.Id),
            PreviewUrl = item is null ? null : previews.FirstOrDefault()?.PreviewUrl(item.Id),
            CanSubmit = item is not null && (status?.CanSubmit
                ?? item.Status is ContentStatus.Draft or ContentStatus.Returned or ContentStatus.Rejected),
            LockedBody = locked ? await db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == item!.Id && v.Number == item.LatestVersion)
                .Select(v => v.Body).SingleOrDefaultAsync() : null,
            Type = type,
            Item = item,
            Form = form,
            Parts = parts,
            Sections = sections.Where(s => ContentValidator.ListsType(s.ContentTypes, type.Name)).ToList(),
            Fields = await db.Fields.AsNoTracking().OrderBy(f => f.Name).ToListAsync(),
            Errors = errors ?? [],
            MissingCaptions = missingCaptions ?? [],
            Theirs = theirs,
            ConflictDiff = conflictDiff ?? [],
            CanPublish = await access.CanAsync(user, ContentPermissions.PublishContent),
            CanDelete = item is not null && await access.CanAsync(user, ContentPermissions.DeleteContent),
            Similar = item is null ? SimilarListViewModel.NotChecked
                : new SimilarListViewModel(await similar.FindAsync(new SimilarContentDraft(item.Id, form.Title, form.Summary, form.Body))),
        };
    }

    /// <summary>The form filled from a saved version, with the reasons an action on it was refused.</summary>
    public Task<ContentEditViewModel> BuildForVersionAsync(ClaimsPrincipal user, ContentTypeDefinition type, ContentItem item, ContentVersion version,
        IReadOnlyList<string> errors, IReadOnlyList<string> missingCaptions)
    {
        var form = new ContentForm
        {
            Title = version.Title,
            Summary = version.Summary,
            Body = version.Body,
            SectionId = version.SectionId,
            // The item's field: the board's classification may have set it after this version was written.
            FieldId = item.FieldId,
            Revision = item.Revision,
            Intent = "draft",
        };
        return BuildAsync(user, type, item, form, ContentParts.ReadObject(version.Parts), errors, missingCaptions);
    }

    /// <summary>Section and field names by id, for diffs.</summary>
    public async Task<Func<int?, int?, (string Section, string Field)>> NamesAsync()
    {
        var sections = await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name);
        var fields = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name);
        return (sectionId, fieldId) => (sectionId is { } s && sections.TryGetValue(s, out var sn) ? sn : "",
                                        fieldId is { } f && fields.TryGetValue(f, out var fn) ? fn : "");
    }
}
