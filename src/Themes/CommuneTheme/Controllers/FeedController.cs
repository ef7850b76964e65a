using System.Text;
using System.Xml.Linq;
using CommuneTheme.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Data;

namespace CommuneTheme.Controllers;

/// <summary>Machine-read views of a unit site: robots.txt and sitemap.xml for search engines, RSS of the site and per section, the favicon.</summary>
[Area("CommuneTheme")]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class FeedController(SiteChromeService chrome, PublishedContent published, TenantDbContext db) : Controller
{
    private const int FeedSize = 20;
    private const int SitemapLimit = 50_000;

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Slug).ToListAsync(cancellationToken);
        var items = await published.AllAddressesAsync(SitemapLimit, cancellationToken);
        var pages = new List<(string, DateTime?)> { (Absolute("~/"), null) };
        pages.AddRange(sections.Select(slug => (Absolute($"~/chuyen-muc/{slug}"), (DateTime?)null)));
        pages.AddRange(items.Select(i => (Absolute($"~/bai-viet/{i.Slug}"), (DateTime?)i.ModifiedUtc)));
        return Xml(FeedWriter.SitemapOf(pages), "application/xml");
    }

    [HttpGet("/chuyen-muc/{slug}/rss")]
    public async Task<IActionResult> SectionRss(string slug, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }
        var children = await db.Sections.AsNoTracking().Where(s => s.ParentId == section.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var (items, _) = await published.InSectionsAsync([section.Id, .. children], 1, FeedSize, cancellationToken);
        var feed = FeedWriter.RssOf(await chrome.LoadAsync(cancellationToken), section.Name, Absolute($"~/chuyen-muc/{slug}"),
            items.Select(i => (i, Absolute($"~/bai-viet/{i.Slug}"))));
        return Xml(feed, "application/rss+xml");
    }

    /// <summary>Everything public may be crawled; the admin, sign-in and search result pages may not. Names the sitemap.</summary>
    [HttpGet("/robots.txt")]
    public IActionResult Robots() =>
        Content(RobotsText.For(Url.Content("~/"), Absolute("~/sitemap.xml")), "text/plain; charset=utf-8", Encoding.UTF8);

    /// <summary>The newest items of the whole site, every type with a page of its own.</summary>
    [HttpGet("/rss")]
    public async Task<IActionResult> SiteRss(CancellationToken cancellationToken)
    {
        var site = await chrome.LoadAsync(cancellationToken);
        var items = await published.NewestAsync(FeedSize, cancellationToken);
        var feed = FeedWriter.RssOf(site, "Tin mới", Absolute("~/"), items.Select(i => (i, Absolute($"~/bai-viet/{i.Slug}"))));
        return Xml(feed, "application/rss+xml");
    }

    /// <summary>The unit's favicon (its logo, else its emblem); /favicon.ico answers the same PNG, as browsers accept.</summary>
    [HttpGet("/favicon.png")]
    [HttpGet("/favicon.ico")]
    public async Task<IActionResult> Favicon([FromServices] UnitFavicon favicon, CancellationToken cancellationToken)
    {
        var theme = (await chrome.LoadAsync(cancellationToken)).Theme;
        return File(favicon.Draw(theme.LogoUrl, theme.PrimaryColor), "image/png");
    }

    private string Absolute(string path) => $"{Request.Scheme}://{Request.Host}{Url.Content(path)}";

    private ContentResult Xml(XDocument document, string contentType) =>
        Content(document.Declaration + "\n" + document.ToString(), contentType + "; charset=utf-8", Encoding.UTF8);
}
