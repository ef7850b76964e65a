using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;

namespace CommuneTheme.Services;

/// <summary>What readers may see: the published version of items that are published and not deleted.</summary>
public sealed class PublishedContent(TenantDbContext db)
{
    public sealed record Teaser(int Id, string Slug, string Title, string? Summary, DateTime PublishedUtc, int? SectionId);

    /// <summary>A published item with its type and its parts JSON, which the views read through <see cref="ContentParts"/>.</summary>
    public sealed record Article(int Id, string Slug, string Title, string? Summary, string? Body, DateTime PublishedUtc, int? SectionId, string ContentType, string Parts);

    /// <summary>Types shown only as blocks of other pages (home banners and links), never at an address of their own.</summary>
    private static readonly string[] WithoutPage = [ContentTypes.Link, ContentTypes.Banner];

    /// <summary>An item with its published version; filters and ordering compose on this before projecting.</summary>
    private sealed class Row
    {
        public required ContentItem Item { get; init; }
        public required ContentVersion Version { get; init; }
    }

    private IQueryable<Row> Published() =>
        from item in db.ContentItems.AsNoTracking()
        where item.Status == ContentStatus.Published && !item.IsDeleted && item.PublishedVersion != null
        join version in db.ContentVersions.AsNoTracking() on new { Id = item.Id, Number = item.PublishedVersion!.Value } equals new { Id = version.ContentItemId, version.Number }
        select new Row { Item = item, Version = version };

    private static IOrderedQueryable<Row> Newest(IQueryable<Row> rows) =>
        rows.OrderByDescending(r => r.Item.PublishedUtc).ThenByDescending(r => r.Item.Id);

    private static IQueryable<Teaser> AsTeasers(IQueryable<Row> rows) =>
        rows.Select(r => new Teaser(r.Item.Id, r.Item.Slug, r.Version.Title, r.Version.Summary, r.Item.PublishedUtc!.Value, r.Item.SectionId));

    private IQueryable<Row> WithPages() => Published().Where(r => !WithoutPage.Contains(r.Item.ContentType));

    private static IQueryable<Article> AsArticles(IQueryable<Row> rows) =>
        rows.Select(r => new Article(r.Item.Id, r.Item.Slug, r.Version.Title, r.Version.Summary, r.Version.Body, r.Item.PublishedUtc!.Value, r.Item.SectionId, r.Item.ContentType, r.Version.Parts));

    public Task<List<Teaser>> LatestAsync(int take, CancellationToken cancellationToken) =>
        AsTeasers(Newest(WithPages()).Take(take)).ToListAsync(cancellationToken);

    /// <summary>Every published item of one type, newest first, with its parts (banners, links, documents, schedules, albums).</summary>
    public Task<List<Article>> OfTypeAsync(string contentType, CancellationToken cancellationToken, int take = int.MaxValue) =>
        AsArticles(Newest(Published().Where(r => r.Item.ContentType == contentType)).Take(take)).ToListAsync(cancellationToken);

    /// <summary>A page of the items of the given sections (a section and its sub-sections).</summary>
    public async Task<(List<Teaser> Items, int Total)> InSectionsAsync(IReadOnlyCollection<int> sectionIds, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = WithPages().Where(r => r.Item.SectionId != null && sectionIds.Contains(r.Item.SectionId.Value));
        var total = await rows.CountAsync(cancellationToken);
        var items = await AsTeasers(Newest(rows).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Every published item's address and last change, newest first, for sitemap.xml.</summary>
    public async Task<List<(string Slug, DateTime ModifiedUtc)>> AllAddressesAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await Newest(WithPages()).Take(limit).Select(r => new { r.Item.Slug, r.Item.ModifiedUtc }).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => (r.Slug, r.ModifiedUtc));
    }

    public Task<Article?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        AsArticles(WithPages().Where(r => r.Item.Slug == slug)).SingleOrDefaultAsync(cancellationToken);
}
