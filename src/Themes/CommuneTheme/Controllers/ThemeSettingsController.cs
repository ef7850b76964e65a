using CommuneTheme.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Identity;

namespace CommuneTheme.Controllers;

/// <summary>The site builder's theme settings: colour, logo, banner, contacts, footer and home blocks.</summary>
[Area("CommuneTheme")]
[Authorize]
[RequirePermission(nameof(CorePermissions.ManageSite))]
[Route("admin/theme")]
public sealed class ThemeSettingsController(ThemeSettingsStore store) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View((await store.LoadAsync(cancellationToken), (IReadOnlyList<string>)[]));

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(ThemeSettingsInput input, CancellationToken cancellationToken)
    {
        var errors = await store.SaveAsync(input, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View((input, errors));
        }
        this.Flash("Đã lưu cấu hình giao diện.");
        return RedirectToAction(nameof(Index));
    }
}
