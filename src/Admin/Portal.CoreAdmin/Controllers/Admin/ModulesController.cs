using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.CoreAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>Switches modules on and off for the current tenant; TenantService runs migrations and syncs jobs.</summary>
[Route("admin/modules")]
[RequirePermission(nameof(CorePermissions.ManageModules))]
[ModuleController(CoreAdminModule.Id)]
public sealed class ModulesController(
    ModuleCatalog catalog,
    TenantService tenants,
    ITenantContext tenant,
    IAuditTrail audit,
    IStringLocalizer<ModulesController> T) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View(BuildModel([]));

    /// <summary>The module id travels in the form, not the path: ids contain dots ("Portal.Admin").</summary>
    [HttpPost("enable"), ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string moduleId, CancellationToken cancellationToken) => SetAsync(moduleId, true, cancellationToken);

    [HttpPost("disable"), ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string moduleId, CancellationToken cancellationToken) => SetAsync(moduleId, false, cancellationToken);

    private async Task<IActionResult> SetAsync(string moduleId, bool enabled, CancellationToken cancellationToken)
    {
        if (catalog.Find(moduleId ?? "") is not { } module)
        {
            return NotFound();
        }
        if (module.Manifest.AlwaysEnabled)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), BuildModel([T["Phân hệ “{0}” luôn được bật, không thể tắt.", T[module.Manifest.Name].Value]]));
        }
        var result = await tenants.SetModuleEnabledAsync(tenant.Tenant.Name, module.Manifest.Id, enabled, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), BuildModel(result.Errors));
        }
        await audit.RecordAsync(new AuditEntry("Modules", enabled ? "ModuleEnabled" : "ModuleDisabled", module.Manifest.Id,
            enabled ? $"Bật phân hệ “{module.Manifest.Name}”." : $"Tắt phân hệ “{module.Manifest.Name}”."), cancellationToken);
        Flash(enabled ? T["Đã bật phân hệ “{0}”.", T[module.Manifest.Name].Value] : T["Đã tắt phân hệ “{0}”.", T[module.Manifest.Name].Value]);
        return RedirectToAction(nameof(Index));
    }

    private ModulesIndexViewModel BuildModel(IReadOnlyList<string> errors) => new()
    {
        Errors = errors,
        Modules = catalog.Modules.Select(m => new ModulesIndexViewModel.ModuleRow(
            m.Manifest,
            catalog.IsEnabled(m.Manifest.Id, tenant.Tenant.EnabledModules),
            m.Manifest.DependsOn.Select(d => catalog.Find(d)?.Manifest.Name ?? d).ToList())).ToList(),
    };
}
