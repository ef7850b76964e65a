using Editorial.Approval.Services;
using Editorial.Approval.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Calendar;
using Portal.Core.Data;

namespace Editorial.Approval.Controllers;

/// <summary>Routing rules: fields → responsible members (users or roles) and deputies, skipped review, deadlines.</summary>
[Area(Startup.Id)]
[Route("admin/approval/routing")]
[RequirePermission(nameof(ApprovalPermissions.ManageWorkflow))]
public sealed class RoutingController(RoutingEditor editor, DefinitionStore definitions, TenantDbContext db, ActorDirectory directory,
    IStringLocalizer<RoutingController> T) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync([], cancellationToken));

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(RoutingInput input, CancellationToken cancellationToken)
    {
        var errors = await editor.SaveAsync(input, User.Identity?.Name, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(errors, cancellationToken));
        }
        Flash(T["Đã lưu phân công duyệt thành phiên bản mới; bài đang duyệt vẫn theo phiên bản cũ."]);
        return Redirect("~/admin/approval/routing");
    }

    /// <summary>The current definition as JSON, to keep or to edit and import.</summary>
    [HttpGet("definition.json")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var (version, flow) = await definitions.CurrentAsync(cancellationToken);
        var json = System.Text.Json.JsonSerializer.Serialize(flow, new System.Text.Json.JsonSerializerOptions(DefinitionStore.Json) { WriteIndented = true });
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"quy-trinh-duyet-v{version}.json");
    }

    [HttpPost("definition"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Import(string? json, CancellationToken cancellationToken)
    {
        var errors = await editor.ImportAsync(json, User.Identity?.Name, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(errors, cancellationToken));
        }
        Flash(T["Đã nhập quy trình thành phiên bản mới; bài đang duyệt vẫn theo phiên bản cũ."]);
        return Redirect("~/admin/approval/routing");
    }

    private async Task<RoutingViewModel> PageAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var (version, flow) = await definitions.CurrentAsync(cancellationToken);
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
        var settings = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        return new RoutingViewModel(version, flow, fields, errors,
            settings.GetValueOrDefault(TenantCalendar.ExtraDaysOffKey, ""), settings.GetValueOrDefault(TenantCalendar.MakeUpWorkingDaysKey, ""),
            [.. (await directory.UsersAsync(cancellationToken)).OrderBy(u => u.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true))],
            [.. (await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken))
                .OrderBy(r => BuiltInRoles.All.Contains(r) ? BuiltInRoles.All.ToList().IndexOf(r) : int.MaxValue).ThenBy(r => r, StringComparer.Ordinal)])
        {
            NotifiableRoles = Engine.NotifiableRolesRule.Of(flow, await editor.PermissionsByRoleAsync(cancellationToken)),
        };
    }
}
