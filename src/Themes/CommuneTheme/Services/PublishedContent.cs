using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;

namespace CommuneTheme.Services;

/// <summary>What readers may see: the published version of items that are published and not deleted.</summary>
public sealed class PublishedContent(TenantDbContext db)
{
    /// <summary>An item as lists show it: title, date, summary and its picture (read from the parts once, on first use).</summary>
    public sealed record Teaser(int Id, string Slug, string Title, string? Summary, DateTime PublishedUtc, int? SectionId, string ContentType, string? Parts)
    {
        private TeaserPicture? _picture;
        private bool _pictureRead;

        public TeaserPicture? Picture
        {
            get
            {
                if (!_pictureRead)
                {
                    (_picture, _pictureRead) = (TeaserPicture.From(ContentType, Parts), true);
                }
                return _picture;
            }
        }
    }

    /// <summary>A published item with its type and its parts JSON, which the views read through <see cref="ContentParts"/>.</summary>
    public sealed record Article(int Id, string Slug, string Title, string? Summary, string? Body, DateTime PublishedUtc, int? SectionId, string ContentType, string Parts)
    {
        /// <summary>The picture lists show for it (cover or first photo).</summary>
        public TeaserPicture? Picture => TeaserPicture.From(ContentType, Parts);
    }

    /// <summary>Types shown only as blocks of other pages (home banners and links), never at an address of their own.</summary>
    private static readonly string[] WithoutPage = [ContentTypes.Link, ContentTypes.Banner];

    /// <summary>Items of the type are read at an address of their own (<see cref="BySlugAsync"/>).</summary>
    public static bool HasOwnPage(string contentType) => !WithoutPage.Contains(contentType);

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
        rows.Select(r => new Teaser(r.Item.Id, r.Item.Slug, r.Version.Title, r.Version.Summary, r.Item.PublishedUtc!.Value, r.Item.SectionId, r.Item.ContentType, r.Version.Parts));

    private IQueryable<Row> WithPages() => Published().Where(r => !WithoutPage.Contains(r.Item.ContentType));

    private static IQueryable<Article> AsArticles(IQueryable<Row> rows) =>
        rows.Select(r => new Article(r.Item.Id, r.Item.Slug, r.Version.Title, r.Version.Summary, r.Version.Body, r.Item.PublishedUtc!.Value, r.Item.SectionId, r.Item.ContentType, r.Version.Parts));

    /// <summary>The newest news and articles ("tin mới nhất"); documents, schedules and pages have blocks of their own.</summary>
    public Task<List<Teaser>> LatestAsync(int take, CancellationToken cancellationToken) =>
        AsTeasers(Newest(Published().Where(r => r.Item.ContentType == ContentTypes.Article)).Take(take)).ToListAsync(cancellationToken);

    /// <summary>The newest items of every type with a page of its own (the site's RSS).</summary>
    public Task<List<Teaser>> NewestAsync(int take, CancellationToken cancellationToken) =>
        AsTeasers(Newest(WithPages()).Take(take)).ToListAsync(cancellationToken);

    /// <summary>Every published item of one type, newest first, with its parts (banners, links, documents, schedules, albums).</summary>
    public Task<List<Article>> OfTypeAsync(string contentType, CancellationToken cancellationToken, int take = int.MaxValue) =>
        AsArticles(Newest(Published().Where(r => r.Item.ContentType == contentType)).Take(take)).ToListAsync(cancellationToken);

    /// <summary>The newest items of the given sections (a section and its sub-sections), without counting them all.</summary>
    public Task<List<Teaser>> LatestInSectionsAsync(IReadOnlyCollection<int> sectionIds, int take, CancellationToken cancellationToken) =>
        AsTeasers(Newest(InSections(sectionIds)).Take(take)).ToListAsync(cancellationToken);

    private IQueryable<Row> InSections(IReadOnlyCollection<int> sectionIds) =>
        WithPages().Where(r => r.Item.SectionId != null && sectionIds.Contains(r.Item.SectionId.Value));

    /// <summary>A page of the items of the given sections (a section and its sub-sections).</summary>
    public async Task<(List<Teaser> Items, int Total)> InSectionsAsync(IReadOnlyCollection<int> sectionIds, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = InSections(sectionIds);
        var total = await rows.CountAsync(cancellationToken);
        var paging = Paging.FromFirst(page, pageSize, total);
        var items = await AsTeasers(Newest(rows).Skip(paging.Skip).Take(paging.Take)).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Every published item's address and last change, newest first, for sitemap.xml.</summary>
    public async Task<List<(string Slug, DateTime ModifiedUtc)>> AllAddressesAsync(int limit, CancellationToken cancellationToken)
    {
        var rows = await Newest(WithPages()).Take(limit).Select(r => new { r.Item.Slug, r.Item.ModifiedUtc }).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => (r.Slug, r.ModifiedUtc));
    }

    /// <summary>
    /// The newest articles the editors ticked "featured". The flag lives in the parts JSON, which the editor writes
    /// compactly, so a LIKE on the serialised text finds it without a column of its own.
    /// </summary>
    public Task<List<Article>> FeaturedAsync(int take, CancellationToken cancellationToken) =>
        AsArticles(Newest(Published().Where(r => r.Item.ContentType == ContentTypes.Article && EF.Functions.Like(r.Version.Parts, "%\"featured\":true%"))).Take(take))
            .ToListAsync(cancellationToken);

    /// <summary>A page of the published items of one type, newest first (the album library).</summary>
    public async Task<(List<Article> Items, int Total)> OfTypePageAsync(string contentType, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = Published().Where(r => r.Item.ContentType == contentType);
        var total = await rows.CountAsync(cancellationToken);
        var paging = Paging.FromFirst(page, pageSize, total);
        return (await AsArticles(Newest(rows).Skip(paging.Skip).Take(paging.Take)).ToListAsync(cancellationToken), total);
    }

    /// <summary>Other items of the same section, newest first: what a reader of an article may read next.</summary>
    public Task<List<Teaser>> RelatedAsync(Article article, int take, CancellationToken cancellationToken) =>
        article.SectionId is not { } sectionId
            ? Task.FromResult(new List<Teaser>())
            : AsTeasers(Newest(WithPages().Where(r => r.Item.SectionId == sectionId && r.Item.Id != article.Id)).Take(take)).ToListAsync(cancellationToken);

    /// <summary>The published work schedule of the week starting on <paramref name="monday"/>, if the unit posted one.</summary>
    public Task<Article?> ScheduleOfWeekAsync(DateOnly monday, CancellationToken cancellationToken)
    {
        var marker = $"%\"weekStart\":\"{monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"%";
        return AsArticles(Newest(Published().Where(r => r.Item.ContentType == ContentTypes.WorkSchedule && EF.Functions.Like(r.Version.Parts, marker))))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public Task<Article?> BySlugAsync(string slug, CancellationToken cancellationToken) =>
        AsArticles(WithPages().Where(r => r.Item.Slug == slug)).SingleOrDefaultAsync(cancellationToken);
}
