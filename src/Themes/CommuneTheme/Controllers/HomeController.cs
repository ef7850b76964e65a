using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Tenancy;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;
using Portal.Core.Sites;

namespace CommuneTheme.Controllers;

/// <summary>The public pages of a unit site.</summary>
[Area("CommuneTheme")]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class HomeController(SiteChromeService chrome, PublishedContent published, TenantDbContext db, PictureSizes pictures) : Controller
{
    private const int PageSize = 10;

    [HttpGet("/")]
    public async Task<IActionResult> Index([FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var site = await chrome.LoadAsync(cancellationToken);
        // Blocks the site builder left off the home page cost no query.
        var blocks = site.Theme.HomeBlocks;
        var sections = await db.Sections.AsNoTracking().Where(s => s.ParentId == null).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var model = new HomeViewModel
        {
            Chrome = site,
            Sections = sections,
            Latest = await published.LatestAsync(8, cancellationToken),
            Featured = blocks.Contains("featured") ? await published.FeaturedAsync(5, cancellationToken) : [],
            Schedule = blocks.Contains("schedule") ? await published.ScheduleOfWeekAsync(ScheduleWeek.Current(clock.GetUtcNow().UtcDateTime), cancellationToken) : null,
            SectionNews = blocks.Contains("section-news") ? await SectionNewsAsync(sections, cancellationToken) : [],
            Banners = blocks.Contains("banners") ? await published.OfTypeAsync(ContentTypes.Banner, cancellationToken, take: 10) : [],
            Links = blocks.Contains("links") ? await published.OfTypeAsync(ContentTypes.Link, cancellationToken, take: 30) : [],
        };
        await pictures.LoadAsync(model.Latest.Select(t => t.Picture?.Url)
            .Concat(model.Featured.Select(a => a.Picture?.Url))
            .Concat(model.SectionNews.SelectMany(n => n.Items).Select(t => t.Picture?.Url))
            .Concat(model.Banners.Select(b => ContentParts.Read<Portal.Core.Content.Types.Parts.BannerParts>(b.Parts).ImageUrl)), cancellationToken);
        return View(model);
    }

    /// <summary>Four newest items per top-level section and its sub-sections; sections with nothing published are left out.</summary>
    private async Task<List<(Section, IReadOnlyList<PublishedContent.Teaser>)>> SectionNewsAsync(List<Section> topLevel, CancellationToken cancellationToken)
    {
        var children = (await db.Sections.AsNoTracking().Where(s => s.ParentId != null).Select(s => new { s.Id, s.ParentId }).ToListAsync(cancellationToken))
            .ToLookup(s => s.ParentId!.Value, s => s.Id);
        var result = new List<(Section, IReadOnlyList<PublishedContent.Teaser>)>();
        foreach (var section in topLevel)
        {
            var items = await published.LatestInSectionsAsync([section.Id, .. children[section.Id]], 4, cancellationToken);
            if (items.Count > 0)
            {
                result.Add((section, items));
            }
        }
        return result;
    }

    [HttpGet("/chuyen-muc/{slug}")]
    public async Task<IActionResult> Section(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }
        var children = await db.Sections.AsNoTracking().Where(s => s.ParentId == section.Id).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        page = Math.Max(1, page);
        var (items, total) = await published.InSectionsAsync([section.Id, .. children.Select(c => c.Id)], page, PageSize, cancellationToken);
        await pictures.LoadAsync(items.Select(t => t.Picture?.Url), cancellationToken);
        return View(new SectionViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Section = section,
            Children = children,
            Items = items,
            Page = page,
            PageCount = Paging.PageCountFor(total, PageSize),
        });
    }

    [HttpGet("/bai-viet/{slug}")]
    public async Task<IActionResult> Article(string slug, [FromServices] ContentService content, [FromServices] ArticlePageBuilder pages,
        [FromServices] ArticlePageCache kept, [FromServices] ITenantContext tenant, CancellationToken cancellationToken = default)
    {
        var unit = tenant.Tenant.Name;
        var english = PublicSiteLanguage.AsksForEnglish(Request.Query);
        // Readers share the page's data between renders; signed-in users (editors checking their change) always read it fresh.
        var shared = User.Identity?.IsAuthenticated != true;
        var key = $"{slug}|{english}|{Request.PathBase.Value}";
        var model = shared ? kept.Find(unit, key, pictures)?.In(await chrome.LoadAsync(cancellationToken)) : null;
        if (model is null)
        {
            var generations = kept.Generations(unit);
            var article = await published.BySlugAsync(slug, cancellationToken);
            if (article is null)
            {
                // An item renamed since a reader bookmarked it: send them to its current address for good.
                var (item, isOldSlug) = await content.FindBySlugAsync(slug, cancellationToken);
                return isOldSlug && item is not null ? RedirectPermanent(Url.Content($"~/bai-viet/{item.Slug}")) : NotFound();
            }
            if (english && !new ArticleViewModel { Chrome = null!, Article = article }.HasEnglish)
            {
                // Only pages with an English version are shown in English; the rest of the site has no English around Vietnamese text.
                return Redirect(Url.Content($"~/bai-viet/{article.Slug}"));
            }
            model = await pages.BuildAsync(article, english, Request.PathBase.Value, cancellationToken);
            if (shared)
            {
                kept.Keep(unit, key, generations, model, pictures);
            }
        }
        // The page shows this item and its related links, so only their changes evict it (a new item may take up to the
        // cache's lifetime to join the related links). A unit's own templates list the latest items on every page.
        if (model.Chrome.Overrides.Count == 0)
        {
            HttpContext.ShowsOnlyItems(unit, [model.Article.Id, .. model.Related.Select(r => r.Id)]);
        }
        return View(model);
    }
}
