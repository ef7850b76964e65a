using System.Globalization;
using System.Xml.Linq;
using CommuneTheme.ViewModels;

namespace CommuneTheme.Services;

/// <summary>Builds sitemap.xml and RSS 2.0 documents; addresses are absolute, as both formats require.</summary>
public static class FeedWriter
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static XDocument SitemapOf(IEnumerable<(string Url, DateTime? ModifiedUtc)> pages) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset",
                pages.Select(p => new XElement(Sitemap + "url",
                    new XElement(Sitemap + "loc", p.Url),
                    p.ModifiedUtc is { } modified ? new XElement(Sitemap + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));

    public static XDocument RssOf(SiteChrome chrome, string title, string link, IEnumerable<(PublishedContent.Teaser Item, string Url)> items) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement("rss", new XAttribute("version", "2.0"),
                new XElement("channel",
                    new XElement("title", $"{title} - {chrome.SiteName}"),
                    new XElement("link", link),
                    new XElement("description", title),
                    new XElement("language", "vi"),
                    items.Select(i => new XElement("item",
                        new XElement("title", i.Item.Title),
                        new XElement("link", i.Url),
                        new XElement("guid", new XAttribute("isPermaLink", "true"), i.Url),
                        new XElement("pubDate", i.Item.PublishedUtc.ToString("r", CultureInfo.InvariantCulture)),
                        i.Item.Summary is { Length: > 0 } summary ? new XElement("description", summary) : null)))));
}
