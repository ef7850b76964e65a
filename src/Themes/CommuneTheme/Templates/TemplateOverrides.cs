using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Caching;
using Portal.Core.Data;
using Portal.Core.Sites;
using Portal.Core.Text;

namespace CommuneTheme.Templates;

/// <summary>
/// A unit's Liquid overrides, kept in its site settings: checked (syntax and a trial render on the unit's
/// real data) before saving, previewed without saving, and rendered into the public pages sanitized.
/// </summary>
public sealed class TemplateOverrides(
    TenantDbContext db,
    PublishedContent published,
    PortalHtmlSanitizer sanitizer,
    IHttpContextAccessor http,
    IAuditTrail audit,
    IPublicPageCache publicPages,
    ILogger<TemplateOverrides> logger)
{
    /// <summary>The unit's template sources by slot, picked out of its settings.</summary>
    public static Dictionary<string, string> SourcesFrom(IReadOnlyDictionary<string, string> settings) =>
        TemplateSlots.All.Where(s => settings.ContainsKey(TemplateSlots.SettingKey(s.Code)))
            .ToDictionary(s => s.Code, s => settings[TemplateSlots.SettingKey(s.Code)]);

    /// <summary>Renders a template against the unit's current data; the HTML is sanitized like any stored HTML.</summary>
    public async Task<LiquidResult> PreviewAsync(string source, SiteChrome chrome, CancellationToken cancellationToken)
    {
        var result = await LiquidSandbox.RenderAsync(source, await ModelAsync(chrome, cancellationToken));
        return result.Succeeded ? result with { Html = sanitizer.Sanitize(result.Html) } : result;
    }

    /// <summary>Saves after a successful trial render; an empty source removes the override.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string slot, string? source, SiteChrome chrome, CancellationToken cancellationToken)
    {
        if (!TemplateSlots.Exists(slot))
        {
            return ["Vị trí mẫu không tồn tại."];
        }
        source = (source ?? "").Normalize();
        if (source.Trim().Length > 0 && (await PreviewAsync(source, chrome, cancellationToken)).Errors is { Count: > 0 } errors)
        {
            return errors;
        }
        var key = TemplateSlots.SettingKey(slot);
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (source.Trim().Length == 0)
        {
            if (setting is not null)
            {
                db.Settings.Remove(setting);
            }
        }
        else if (setting is null)
        {
            db.Settings.Add(new SiteSetting { Key = key, Value = source });
        }
        else
        {
            setting.Value = source;
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("Site", "TemplateSaved", slot, source.Trim().Length == 0 ? $"Bỏ mẫu tùy biến “{slot}”." : $"Lưu mẫu tùy biến “{slot}”."), cancellationToken);
        await publicPages.InvalidateAsync(cancellationToken);
        return [];
    }

    /// <summary>The public site's rendering: a template that fails at run time shows nothing, never an error page.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RenderAllAsync(SiteChrome chrome, IReadOnlyDictionary<string, string> sources, CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        var model = await ModelAsync(chrome, cancellationToken);
        var rendered = new Dictionary<string, string>();
        foreach (var (slot, source) in sources)
        {
            var result = await LiquidSandbox.RenderAsync(source, model);
            if (result.Succeeded)
            {
                rendered[slot] = sanitizer.Sanitize(result.Html);
            }
            else
            {
                logger.LogWarning("Template {Slot} failed: {Errors}", slot, string.Join(" ", result.Errors));
            }
        }
        return rendered;
    }

    private async Task<Scriban.Runtime.ScriptObject> ModelAsync(SiteChrome chrome, CancellationToken cancellationToken) =>
        TemplateModel.Build(chrome,
            await published.LatestAsync(10, cancellationToken),
            await db.Sections.AsNoTracking().Where(s => s.ParentId == null).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken),
            http.HttpContext?.Request.PathBase.Value ?? "");
}
