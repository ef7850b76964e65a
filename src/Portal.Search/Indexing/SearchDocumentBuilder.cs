using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Search.Analysis;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Data;

namespace Portal.Search.Indexing;

/// <summary>
/// Reads an item's current state from the tenant database and turns it into its index documents. The
/// indexer always indexes what the database holds now, not what an event said, so replaying or reordering
/// events can never leave a stale document behind.
/// </summary>
public sealed class SearchDocumentBuilder(TenantDbContext db, AttachmentText attachments)
{
    /// <summary>
    /// The documents of each item (none when it is deleted or not a searchable type; both scopes are replaced
    /// by these), read with two queries in all rather than two per item: a rebuild or a long catch-up reads thousands.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<SearchDocument>>> BuildManyAsync(IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        var items = await db.ContentItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var wanted = items.Where(i => !i.IsDeleted && IndexedTypes.Contains(i.ContentType)).ToList();
        var ids = wanted.Select(i => i.Id).ToList();
        // Both pointers of each item; other versions of the same items are filtered out in memory.
        var versions = (await db.ContentVersions.AsNoTracking().Where(v => ids.Contains(v.ContentItemId)).ToListAsync(cancellationToken))
            .ToLookup(v => v.ContentItemId);
        var result = itemIds.Distinct().ToDictionary(id => id, _ => (IReadOnlyList<SearchDocument>)[]);
        var attachmentTexts = new Dictionary<string, string>(StringComparer.Ordinal); // the latest and published versions often share attachments
        foreach (var item in wanted)
        {
            result[item.Id] = await DocumentsAsync(item, versions[item.Id], attachmentTexts, cancellationToken);
        }
        return result;
    }

    private async Task<IReadOnlyList<SearchDocument>> DocumentsAsync(ContentItem item, IEnumerable<ContentVersion> versions,
        Dictionary<string, string> attachmentTexts, CancellationToken cancellationToken)
    {
        if (ContentTypes.Find(item.ContentType) is not { } type)
        {
            return [];
        }
        var byNumber = versions.Where(v => v.Number == item.LatestVersion || v.Number == item.PublishedVersion).ToDictionary(v => v.Number);
        var documents = new List<SearchDocument>(2);
        if (byNumber.TryGetValue(item.LatestVersion, out var latest))
        {
            documents.Add(ToDocument(item, latest, type, SearchFields.LatestScope, await AttachmentsTextAsync(item, latest, attachmentTexts, cancellationToken)));
        }
        if (item is { Status: ContentStatus.Published, PublishedVersion: { } published } && byNumber.TryGetValue(published, out var version))
        {
            documents.Add(ToDocument(item, version, type, SearchFields.PublicScope, await AttachmentsTextAsync(item, version, attachmentTexts, cancellationToken)));
        }
        return documents;
    }

    /// <summary>Every item id that may have documents, for a rebuild.</summary>
    public Task<List<int>> AllItemIdsAsync(CancellationToken cancellationToken) =>
        db.ContentItems.AsNoTracking().Where(i => !i.IsDeleted && IndexedTypes.All.Contains(i.ContentType))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>The text of a legal document's attached files (read once per file: <see cref="AttachmentText"/>).</summary>
    private async Task<string> AttachmentsTextAsync(ContentItem item, ContentVersion version, Dictionary<string, string> known, CancellationToken cancellationToken)
    {
        if (item.ContentType != ContentTypes.LegalDocument)
        {
            return "";
        }
        var text = new StringBuilder();
        foreach (var attachment in ContentParts.Read<LegalDocumentParts>(version.Parts).Attachments)
        {
            var url = attachment.Url ?? "";
            if (!known.TryGetValue(url, out var read))
            {
                read = await attachments.ExtractAsync(url, cancellationToken);
                known[url] = read;
            }
            text.Append('\n').Append(read);
        }
        return text.ToString();
    }

    private static SearchDocument ToDocument(ContentItem item, ContentVersion version, ContentTypeDefinition type, string scope, string attachmentsText)
    {
        var text = new StringBuilder();
        text.Append(version.Summary).Append('\n');
        text.Append(PartsText.ReadersTextFromHtml(version.Body)).Append('\n');
        text.Append(PartsPlainText.From(type, version.Parts));
        text.Append(attachmentsText);
        return new SearchDocument
        {
            ItemId = item.Id,
            Scope = scope,
            ContentType = item.ContentType,
            Title = SearchText.Prepare(version.Title),
            Text = SearchText.Prepare(text.ToString()),
            Slug = item.Slug,
            SectionId = version.SectionId,
            DateUtc = scope == SearchFields.PublicScope ? item.PublishedUtc ?? item.ModifiedUtc : item.ModifiedUtc,
            OwnerId = item.OwnerId,
            Status = (int)item.Status,
        };
    }
}
