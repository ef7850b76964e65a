using CommuneTheme.ViewModels;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Sites;

namespace CommuneTheme.Services;

/// <summary>Loads the site name, settings and main menu of the current tenant.</summary>
public sealed class SiteChromeService(TenantDbContext db, ITenantContext tenant, Templates.TemplateOverrides templates)
{
    public async Task<SiteChrome> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var menu = await db.MenuItems.AsNoTracking().Where(m => m.Menu == "main").OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(cancellationToken);
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
}
