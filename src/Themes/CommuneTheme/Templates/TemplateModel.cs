using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Portal.Core.Sites;
using Portal.Core.Time;
using Scriban.Runtime;

namespace CommuneTheme.Templates;

/// <summary>
/// What a unit's template may read: plain values copied out of the site (no .NET object is exposed, so a
/// template cannot walk to anything else). Addresses already include the unit's prefix.
/// </summary>
public static class TemplateModel
{
    public static ScriptObject Build(SiteChrome chrome, IEnumerable<PublishedContent.Teaser> latest, IEnumerable<Section> sections, string pathBase)
    {
        var site = new ScriptObject
        {
            ["name"] = chrome.SiteName,
            ["address"] = chrome.Setting("Address") ?? "",
            ["phone"] = chrome.Setting("Phone") ?? "",
            ["email"] = chrome.Setting("Email") ?? "",
            ["url"] = pathBase + "/",
        };
        var news = new ScriptArray(latest.Select(t => new ScriptObject
        {
            ["title"] = t.Title,
            ["summary"] = t.Summary ?? "",
            ["date"] = VietnamTime.Date(t.PublishedUtc),
            ["url"] = $"{pathBase}/bai-viet/{t.Slug}",
        }));
        var sectionList = new ScriptArray(sections.Select(s => new ScriptObject { ["name"] = s.Name, ["url"] = $"{pathBase}/chuyen-muc/{s.Slug}" }));
        return new ScriptObject { ["site"] = site, ["latest"] = news, ["sections"] = sectionList };
    }
}
