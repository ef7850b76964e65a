using CommuneTheme.ViewModels;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;

namespace CommuneTheme.Services;

/// <summary>Loads the site name, settings and main menu of the current tenant.</summary>
public sealed class SiteChromeService(TenantDbContext db, ITenantContext tenant)
{
    public async Task<SiteChrome> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var menu = await db.MenuItems.AsNoTracking().Where(m => m.Menu == "main" && m.ParentId == null).OrderBy(m => m.SortOrder).ToListAsync(cancellationToken);
        return new SiteChrome
        {
            SiteName = settings.GetValueOrDefault("SiteName") ?? tenant.Tenant.DisplayName,
            Settings = settings,
            MainMenu = menu,
            Theme = Settings.ThemeSettings.From(settings),
        };
    }
}
