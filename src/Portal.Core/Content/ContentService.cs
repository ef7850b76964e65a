using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Results;
using Portal.Core.Content.Types;
using Portal.Core.Data;
using Portal.Core.Text;

namespace Portal.Core.Content;

/// <summary>
/// The one write path of content: every change saves a new version (or moves a pointer), appends a
/// <see cref="ContentEvent"/> to the change log in the same SaveChanges, and dispatches it after
/// commit. Saving with a stale revision returns a conflict carrying the other editor's version.
/// </summary>
public sealed class ContentService(TenantDbContext db, TenantUnitOfWork unitOfWork, IEventLog events, TimeProvider clock, IContentHtmlCleaner cleaner)
{
    public Task<Outcome<ContentItem>> CreateAsync(string contentType, ContentDraft draft, string? userId, CancellationToken cancellationToken = default) =>
        CreateAsync(contentType, draft, userId, publish: false, cancellationToken);

    /// <summary>Creates the item and publishes its first version in the same commit: both happen or neither.</summary>
    public Task<Outcome<ContentItem>> CreateAndPublishAsync(string contentType, ContentDraft draft, string? userId, CancellationToken cancellationToken = default) =>
        CreateAsync(contentType, draft, userId, publish: true, cancellationToken);

    private async Task<Outcome<ContentItem>> CreateAsync(string contentType, ContentDraft draft, string? userId, bool publish, CancellationToken cancellationToken)
    {
        if (Validate(draft) is { Length: > 0 } errors)
        {
            return Outcome<ContentItem>.Refused(errors);
        }
        var now = Now;
        var item = new ContentItem
        {
            ContentType = contentType,
            Status = ContentStatus.Draft,
            Slug = await UniqueSlugAsync(draft.Title, null, cancellationToken),
            SectionId = draft.SectionId,
            FieldId = draft.FieldId,
            OwnerId = userId,
            CreatedUtc = now,
            ModifiedUtc = now,
            LatestVersion = 1,
        };
        // The item's id is needed by its first version and its event: one transaction covers both saves.
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        db.ContentItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        db.ContentVersions.Add(NewVersion(item, 1, draft, userId));
        if (!publish)
        {
            return await CommitAsync(item, [ContentEventKind.Created], userId, cancellationToken, transaction);
        }
        MarkPublished(item);
        return await CommitAsync(item, [ContentEventKind.Created, ContentEventKind.Published], userId, cancellationToken, transaction);
    }

    /// <summary>
    /// Saves a new version if nobody saved since <paramref name="expectedRevision"/>. The public address does not
    /// move: a draft's new title renames the item only when that version is published (<see cref="PublishAsync"/>).
    /// </summary>
    public async Task<Outcome<ContentItem>> SaveDraftAsync(int id, int expectedRevision, ContentDraft draft, string? userId, CancellationToken cancellationToken = default)
    {
        var staged = await StageVersionAsync(id, expectedRevision, draft, userId, cancellationToken);
        return staged.Item is { } item
            ? await CommitAsync(item, [ContentEventKind.Updated], userId, cancellationToken)
            : staged.Refusal!;
    }

    /// <summary>
    /// "Save and publish" as one commit: the new version is saved and published together, or — when someone else
    /// saved since <paramref name="expectedRevision"/>, even while this call runs — neither, and the conflict says so.
    /// </summary>
    public async Task<Outcome<ContentItem>> SaveAndPublishAsync(int id, int expectedRevision, ContentDraft draft, string? userId, CancellationToken cancellationToken = default)
    {
        var staged = await StageVersionAsync(id, expectedRevision, draft, userId, cancellationToken);
        if (staged.Item is not { } item)
        {
            return staged.Refusal!;
        }
        await FollowPublishedTitleAsync(item, Nfc(draft.Title).Trim(), cancellationToken);
        MarkPublished(item);
        return await CommitAsync(item, [ContentEventKind.Updated, ContentEventKind.Published], userId, cancellationToken);
    }

    /// <summary>Adds the new version to the unit of work (nothing is written yet), or says why it cannot be saved.</summary>
    private async Task<(ContentItem? Item, Outcome<ContentItem>? Refusal)> StageVersionAsync(int id, int expectedRevision, ContentDraft draft, string? userId, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return (null, Outcome<ContentItem>.Refused("Không tìm thấy nội dung."));
        }
        if (Validate(draft) is { Length: > 0 } errors)
        {
            return (null, Outcome<ContentItem>.Refused(errors));
        }
        if (item.Revision != expectedRevision)
        {
            return (null, await ConflictAsync(item, cancellationToken));
        }
        item.LatestVersion++;
        item.SectionId = draft.SectionId;
        item.FieldId = draft.FieldId;
        db.ContentVersions.Add(NewVersion(item, item.LatestVersion, draft, userId));
        return (item, null);
    }

    /// <summary>Starts a new draft from an old version; history is never rewritten.</summary>
    public async Task<Outcome<ContentItem>> RestoreAsync(int id, int versionNumber, string? userId, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, cancellationToken);
        var old = item is null ? null : await GetVersionAsync(id, versionNumber, cancellationToken);
        if (item is null || old is null)
        {
            return Outcome<ContentItem>.Refused($"Không tìm thấy phiên bản {versionNumber} của nội dung này.");
        }
        var draft = new ContentDraft(old.Title, old.Summary, old.Body, old.Parts, old.SectionId, old.FieldId, $"Khôi phục từ phiên bản {versionNumber}");
        return await SaveDraftAsync(id, item.Revision, draft, userId, cancellationToken);
    }

    /// <summary>Publishes the latest version; the public address follows that version's title (the old one answers 301).</summary>
    public async Task<Outcome<ContentItem>> PublishAsync(int id, string? userId, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, cancellationToken);
        var latest = item is null ? null : await GetVersionAsync(id, item.LatestVersion, cancellationToken);
        if (item is null || latest is null)
        {
            return Outcome<ContentItem>.Refused("Không tìm thấy nội dung.");
        }
        await FollowPublishedTitleAsync(item, latest.Title, cancellationToken);
        MarkPublished(item);
        return await CommitAsync(item, [ContentEventKind.Published], userId, cancellationToken);
    }

    private void MarkPublished(ContentItem item)
    {
        item.PublishedVersion = item.LatestVersion;
        item.PublishedUtc = Now;
        item.ScheduledPublishUtc = null;
        item.Status = ContentStatus.Published;
    }

    /// <summary>
    /// The public address is the published title's (issue 12 §4): it moves only here, when a version is published,
    /// and the address it had keeps answering with a 301 (as it always did for renamed items).
    /// </summary>
    private async Task FollowPublishedTitleAsync(ContentItem item, string publishedTitle, CancellationToken cancellationToken)
    {
        var slug = await UniqueSlugAsync(publishedTitle, item.Id, cancellationToken);
        if (slug == item.Slug)
        {
            return;
        }
        if (!await db.SlugRedirects.AnyAsync(r => r.Slug == item.Slug, cancellationToken))
        {
            db.SlugRedirects.Add(new SlugRedirect { Slug = item.Slug, ContentItemId = item.Id });
        }
        // Going back to an earlier title takes its address back from the redirects.
        if (await db.SlugRedirects.SingleOrDefaultAsync(r => r.Slug == slug && r.ContentItemId == item.Id, cancellationToken) is { } earlier)
        {
            db.SlugRedirects.Remove(earlier);
        }
        item.Slug = slug;
    }

    public async Task<Outcome<ContentItem>> UnpublishAsync(int id, string? userId, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null || item.PublishedVersion is null)
        {
            return Outcome<ContentItem>.Refused("Nội dung chưa được đăng nên không thể gỡ.");
        }
        item.PublishedVersion = null;
        item.ScheduledUnpublishUtc = null;
        item.Status = ContentStatus.Unpublished;
        return await CommitAsync(item, ContentEventKind.Unpublished, userId, cancellationToken);
    }

    /// <summary>
    /// Ends an item's public life but keeps it, with its versions, for the retention period of its section
    /// (seed 003 Art. 10): off the site, still listed in the admin under its status, restorable by publishing again.
    /// </summary>
    public async Task<Outcome<ContentItem>> ArchiveAsync(int id, string? userId, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return Outcome<ContentItem>.Refused("Không tìm thấy nội dung.");
        }
        if (item.Status == ContentStatus.Archived)
        {
            return Outcome<ContentItem>.Refused("Nội dung đã được lưu trữ.");
        }
        item.PublishedVersion = null;
        item.ScheduledPublishUtc = null;
        item.ScheduledUnpublishUtc = null;
        item.Status = ContentStatus.Archived;
        return await CommitAsync(item, ContentEventKind.Archived, userId, cancellationToken);
    }

    /// <summary>Moves an item to another editorial status (submitted, approved, rejected, archived) and raises the event.</summary>
    /// <remarks>With <paramref name="expectedRevision"/>, a change saved by someone else since then answers a conflict.</remarks>
    public async Task<Outcome<ContentItem>> SetStatusAsync(int id, ContentStatus status, ContentEventKind kind, string? userId, CancellationToken cancellationToken = default, int? expectedRevision = null)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return Outcome<ContentItem>.Refused("Không tìm thấy nội dung.");
        }
        if (expectedRevision is not null && item.Revision != expectedRevision)
        {
            return await ConflictAsync(item, cancellationToken);
        }
        item.Status = status;
        return await CommitAsync(item, kind, userId, cancellationToken);
    }

    /// <summary>
    /// Files the item under an editorial field (the board's classification). The item's field changes; its versions keep
    /// what each writer chose, and the next save starts from the item's field. No content changes, so no event; the revision
    /// moves so a form opened before sees it is stale.
    /// </summary>
    public async Task<Outcome<ContentItem>> ClassifyAsync(int id, int fieldId, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return Outcome<ContentItem>.Refused("Không tìm thấy nội dung.");
        }
        if (!await db.Fields.AnyAsync(f => f.Id == fieldId, cancellationToken))
        {
            return Outcome<ContentItem>.Refused("Lĩnh vực đã chọn không tồn tại.");
        }
        item.FieldId = fieldId;
        item.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ContentItem>.Ok(item);
    }

    /// <summary>
    /// Sets or clears the times the scheduled-publishing job publishes or unpublishes the item. No
    /// content changes, so no event; the revision moves so a form opened before sees it is stale.
    /// </summary>
    public async Task<Outcome<ContentItem>> ScheduleAsync(int id, DateTime? publishUtc, DateTime? unpublishUtc, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return Outcome<ContentItem>.Refused("Không tìm thấy nội dung.");
        }
        item.ScheduledPublishUtc = publishUtc;
        item.ScheduledUnpublishUtc = unpublishUtc;
        item.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ContentItem>.Ok(item);
    }

    /// <summary>Soft-deletes: the item leaves every list and URL, its versions stay for the record.</summary>
    public async Task<Outcome<ContentItem>> DeleteAsync(int id, string? userId, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return Outcome<ContentItem>.Refused("Không tìm thấy nội dung.");
        }
        item.IsDeleted = true;
        item.PublishedVersion = null;
        return await CommitAsync(item, ContentEventKind.Deleted, userId, cancellationToken);
    }

    public Task<ContentItem?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.ContentItems.SingleOrDefaultAsync(i => i.Id == id && !i.IsDeleted, cancellationToken);

    public Task<ContentVersion?> GetVersionAsync(int id, int number, CancellationToken cancellationToken = default) =>
        db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ContentItemId == id && v.Number == number, cancellationToken);

    public Task<List<ContentVersion>> GetHistoryAsync(int id, CancellationToken cancellationToken = default) =>
        db.ContentVersions.AsNoTracking().Where(v => v.ContentItemId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>The item a slug names now, or the item an old slug of a renamed item pointed to.</summary>
    public async Task<(ContentItem? Item, bool IsOldSlug)> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var item = await db.ContentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Slug == slug && !i.IsDeleted, cancellationToken);
        if (item is not null)
        {
            return (item, false);
        }
        var redirect = await db.SlugRedirects.AsNoTracking().SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        return redirect is null ? (null, false) : (await db.ContentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == redirect.ContentItemId && !i.IsDeleted, cancellationToken), true);
    }

    private Task<Outcome<ContentItem>> CommitAsync(ContentItem item, ContentEventKind kind, string? userId, CancellationToken cancellationToken) =>
        CommitAsync(item, [kind], userId, cancellationToken);

    private async Task<Outcome<ContentItem>> CommitAsync(ContentItem item, ContentEventKind[] kinds, string? userId, CancellationToken cancellationToken,
        TenantTransaction? transaction = null)
    {
        item.ModifiedUtc = Now;
        item.Revision++;
        foreach (var kind in kinds)
        {
            events.Append(new ContentEvent(kind, item.Id, item.ContentType, item.LatestVersion, userId, item.ModifiedUtc));
        }
        // A caller that opened the transaction (an approval step saved with the change) commits and dispatches itself:
        // delivering before its commit would hand out an event that may still roll back.
        var callerOwnsTransaction = unitOfWork.InTransaction && transaction?.IsOutermost != true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another editor saved between our read and our write: show them what they would overwrite.
            db.ChangeTracker.Clear();
            var fresh = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == item.Id, cancellationToken);
            return await ConflictAsync(fresh, cancellationToken);
        }
        if (!callerOwnsTransaction)
        {
            await events.DispatchPendingAsync(cancellationToken);
        }
        return Outcome<ContentItem>.Ok(item);
    }

    private async Task<Outcome<ContentItem>> ConflictAsync(ContentItem current, CancellationToken cancellationToken)
    {
        var theirs = await GetVersionAsync(current.Id, current.LatestVersion, cancellationToken);
        const string Message = "Nội dung vừa được người khác lưu. Hãy xem thay đổi của họ bên dưới trước khi lưu lại.";
        return theirs is null ? Outcome<ContentItem>.Refused(Message) : Outcome<ContentItem>.Conflict(current, theirs, Message);
    }

    private static string[] Validate(ContentDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Title) ? ["Vui lòng nhập tiêu đề."] :
        draft.Title.Length > 500 ? ["Tiêu đề không được dài quá 500 ký tự."] : [];

    private ContentVersion NewVersion(ContentItem item, int number, ContentDraft draft, string? userId) => new()
    {
        ContentItemId = item.Id,
        Number = number,
        Title = Nfc(draft.Title).Trim(),
        Summary = draft.Summary is null ? null : Nfc(draft.Summary),
        // Every save passes through the cleaner, whichever screen or import wrote the draft.
        Body = draft.Body is null ? null : cleaner.Clean(Nfc(draft.Body)),
        Parts = ContentParts.CleanHtml(ContentTypes.Find(item.ContentType), Nfc(draft.Parts), cleaner.Clean),
        SectionId = draft.SectionId,
        FieldId = draft.FieldId,
        AuthorId = userId,
        CreatedUtc = Now,
        Comment = draft.Comment,
    };

    private async Task<string> UniqueSlugAsync(string title, int? itemId, CancellationToken cancellationToken)
    {
        var baseSlug = Slug.From(title);
        if (baseSlug.Length == 0)
        {
            baseSlug = "noi-dung";
        }
        baseSlug = baseSlug.Length > 120 ? baseSlug[..120].TrimEnd('-') : baseSlug;
        var taken = await db.ContentItems.AsNoTracking().Where(i => i.Slug.StartsWith(baseSlug) && i.Id != itemId).Select(i => i.Slug)
            .Concat(db.SlugRedirects.AsNoTracking().Where(r => r.Slug.StartsWith(baseSlug) && r.ContentItemId != itemId).Select(r => r.Slug))
            .ToListAsync(cancellationToken);
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }
        return slug;
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
