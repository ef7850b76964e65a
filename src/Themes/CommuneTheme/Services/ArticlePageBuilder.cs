using CommuneTheme.ViewModels;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Data;

namespace CommuneTheme.Services;

/// <summary>
/// Assembles an item's public page — chrome, section, related links and the bodies with library pictures sized — for the
/// public item page and the reviewers' preview alike, so a preview shows exactly what readers will get.
/// </summary>
public sealed class ArticlePageBuilder(SiteChromeService chrome, PublishedContent published, TenantDbContext db, PictureSizes pictures,
    ResponsiveImages images)
{
    public async Task<ArticleViewModel> BuildAsync(PublishedContent.Article article, bool inEnglish, string? pathBase, CancellationToken cancellationToken)
    {
        var draft = new ArticleViewModel { Chrome = null!, Article = article };
        var related = await published.RelatedAsync(article, 5, cancellationToken);
        var bodyEn = article.ContentType == ContentTypes.Page ? draft.Parts<PageParts>().BodyEn : null;
        var albumPhotos = article.ContentType == ContentTypes.Album ? draft.Parts<AlbumParts>().Items.Select(i => i.MediaUrl) : [];
        await pictures.LoadAsync(ContentImages.Sources(article.Body).Concat(ContentImages.Sources(bodyEn))
            .Append(draft.Parts<ArticleParts>().CoverImageUrl)
            .Concat(albumPhotos).Concat(related.Select(t => t.Picture?.Url)), cancellationToken);
        return new ArticleViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Article = article,
            Section = article.SectionId is { } sectionId ? await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sectionId, cancellationToken) : null,
            Related = related,
            InEnglish = inEnglish,
            Body = ContentTables.Wrap(ContentImages.Prepare(article.Body, pictures, images, pathBase)),
            BodyEn = ContentTables.Wrap(ContentImages.Prepare(bodyEn, pictures, images, pathBase)),
        };
    }
}
