using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;

namespace CommuneTheme.Controllers;

/// <summary>The public pages of a unit site.</summary>
[Area("CommuneTheme")]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class HomeController(SiteChromeService chrome, PublishedContent published, TenantDbContext db) : Controller
{
    private const int PageSize = 10;

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var site = await chrome.LoadAsync(cancellationToken);
        // Blocks the site builder left off the home page cost no query.
        var blocks = site.Theme.HomeBlocks;
        return View(new HomeViewModel
        {
            Chrome = site,
            Sections = await db.Sections.AsNoTracking().Where(s => s.ParentId == null).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken),
            Latest = await published.LatestAsync(8, cancellationToken),
            Banners = blocks.Contains("banners") ? await published.OfTypeAsync(ContentTypes.Banner, cancellationToken, take: 10) : [],
            Links = blocks.Contains("links") ? await published.OfTypeAsync(ContentTypes.Link, cancellationToken, take: 30) : [],
        });
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
        return View(new SectionViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Section = section,
            Children = children,
            Items = items,
            Page = page,
            PageCount = Math.Max(1, (total + PageSize - 1) / PageSize),
        });
    }

    [HttpGet("/bai-viet/{slug}")]
    public async Task<IActionResult> Article(string slug, [FromServices] ContentService content, string? lang = null, CancellationToken cancellationToken = default)
    {
        var article = await published.BySlugAsync(slug, cancellationToken);
        if (article is null)
        {
            // An item renamed since a reader bookmarked it: send them to its current address for good.
            var (item, isOldSlug) = await content.FindBySlugAsync(slug, cancellationToken);
            return isOldSlug && item is not null ? RedirectPermanent(Url.Content($"~/bai-viet/{item.Slug}")) : NotFound();
        }
        var model = new ArticleViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Article = article,
            Section = article.SectionId is { } sectionId ? await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sectionId, cancellationToken) : null,
        };
        return View(model.HasEnglish && lang == "en" ? new ArticleViewModel { Chrome = model.Chrome, Article = article, Section = model.Section, InEnglish = true } : model);
    }
}
