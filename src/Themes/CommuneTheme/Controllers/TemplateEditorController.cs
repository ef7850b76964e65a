using CommuneTheme.Services;
using CommuneTheme.Templates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Identity;

namespace CommuneTheme.Controllers;

/// <summary>Per-unit Liquid overrides: edit, preview on the unit's real data without saving, save only what renders.</summary>
[Area("CommuneTheme")]
[Authorize]
[RequirePermission(nameof(CorePermissions.ManageSite))]
[Route("admin/theme/templates")]
public sealed class TemplateEditorController(TemplateOverrides templates, SiteChromeService chrome) : Controller
{
    public sealed record Page(IReadOnlyDictionary<string, string> Sources, string? Slot = null, string? PreviewHtml = null, IReadOnlyList<string>? Errors = null);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new Page(TemplateOverrides.SourcesFrom((await chrome.LoadAsync(cancellationToken)).Settings)));

    [HttpPost("preview"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Preview(string slot, string? source, CancellationToken cancellationToken)
    {
        var site = await chrome.LoadAsync(cancellationToken);
        var result = await templates.PreviewAsync(source ?? "", site, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View(nameof(Index), new Page(WithDraft(site, slot, source), slot, result.Succeeded ? result.Html : null, result.Errors));
    }

    [HttpPost("save"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(string slot, string? source, CancellationToken cancellationToken)
    {
        var site = await chrome.LoadAsync(cancellationToken);
        var errors = await templates.SaveAsync(slot, source, site, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new Page(WithDraft(site, slot, source), slot, null, errors));
        }
        this.Flash("Đã lưu mẫu.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The form shows what the builder typed, not the saved version, after a preview or a refusal.</summary>
    private static Dictionary<string, string> WithDraft(ViewModels.SiteChrome site, string slot, string? source)
    {
        var sources = TemplateOverrides.SourcesFrom(site.Settings);
        sources[slot] = source ?? "";
        return sources;
    }
}
