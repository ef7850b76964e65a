using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Search.Analysis;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Reads an item's current state from the tenant database and turns it into its index documents. The
/// indexer always indexes what the database holds now, not what an event said, so replaying or reordering
/// events can never leave a stale document behind.
/// </summary>
public sealed class SearchDocumentBuilder(TenantDbContext db, TenantContext tenant, AttachmentText attachments)
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
        foreach (var item in wanted)
        {
            result[item.Id] = Documents(item, versions[item.Id]);
        }
        return result;
    }

    private IReadOnlyList<SearchDocument> Documents(ContentItem item, IEnumerable<ContentVersion> versions)
    {
        if (ContentTypes.Find(item.ContentType) is not { } type)
        {
            return [];
        }
        var byNumber = versions.Where(v => v.Number == item.LatestVersion || v.Number == item.PublishedVersion).ToDictionary(v => v.Number);
        var documents = new List<SearchDocument>(2);
        if (byNumber.TryGetValue(item.LatestVersion, out var latest))
        {
            documents.Add(ToDocument(item, latest, type, SearchFields.LatestScope));
        }
        if (item is { Status: ContentStatus.Published, PublishedVersion: { } published } && byNumber.TryGetValue(published, out var version))
        {
            documents.Add(ToDocument(item, version, type, SearchFields.PublicScope));
        }
        return documents;
    }

    /// <summary>Every item id that may have documents, for a rebuild.</summary>
    public Task<List<int>> AllItemIdsAsync(CancellationToken cancellationToken) =>
        db.ContentItems.AsNoTracking().Where(i => !i.IsDeleted && IndexedTypes.All.Contains(i.ContentType))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);

    private SearchDocument ToDocument(ContentItem item, ContentVersion version, ContentTypeDefinition type, string scope)
    {
        var text = new StringBuilder();
        text.Append(version.Summary).Append('\n');
        text.Append(PartsText.FromHtml(version.Body)).Append('\n');
        text.Append(PartsPlainText.From(type, version.Parts));
        if (item.ContentType == ContentTypes.LegalDocument)
        {
            foreach (var attachment in ContentParts.Read<LegalDocumentParts>(version.Parts).Attachments)
            {
                text.Append('\n').Append(attachments.Extract(tenant.MediaFolder, attachment.Url));
            }
        }
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
