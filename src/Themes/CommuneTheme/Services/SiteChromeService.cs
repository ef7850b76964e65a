using CommuneTheme.ViewModels;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Sites;

namespace CommuneTheme.Services;

/// <summary>
/// Loads the site name, settings and main menu of the current tenant (settings and menu from <see cref="SiteChromeCache"/>;
/// the unit's own templates are rendered on every call, as they may list the latest items).
/// </summary>
public sealed class SiteChromeService(TenantDbContext db, ITenantContext tenant, Templates.TemplateOverrides templates, SiteChromeCache cache)
{
    public async Task<SiteChrome> LoadAsync(CancellationToken cancellationToken)
    {
        var (settings, menu) = await cache.GetAsync(tenant.Tenant.Name, ReadAsync, cancellationToken);
        var chrome = new SiteChrome
        {
            SiteName = settings.GetValueOrDefault("SiteName") ?? tenant.Tenant.DisplayName,
            Settings = settings,
            MainMenu = [.. menu.Where(m => m.ParentId == null)],
            SubMenus = menu.Where(m => m.ParentId != null).GroupBy(m => m.ParentId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<MenuItem>)[.. g]),
            Theme = Settings.ThemeSettings.From(settings, tenant.Tenant.Template),
        };
        // Only units that wrote their own templates pay for rendering them.
        var sources = Templates.TemplateOverrides.SourcesFrom(settings);
        return sources.Count == 0 ? chrome : chrome with { Overrides = await templates.RenderAllAsync(chrome, sources, cancellationToken) };
    }

    private async Task<SiteChromeCache.Data> ReadAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var menu = await db.MenuItems.AsNoTracking().Where(m => m.Menu == "main").OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return new SiteChromeCache.Data(settings, menu);
    }
}
