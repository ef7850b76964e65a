using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Identity;
using Portal.Core.Media;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.Core.Text;
using Portal.CoreAdmin.ViewModels;
using Portal.Core.Admin;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>
/// The operator's screens for unit sites: list, create from a template, suspend, resume, delete and
/// purge. Every change goes through <see cref="TenantService"/>, which validates and audits it on the
/// host tenant; this controller only reads the registry and maps the service's messages onto the form.
/// </summary>
[Route("admin/tenants")]
[HostTenantOnly]
[RequirePermission(nameof(CorePermissions.ManageTenants))]
[AutoValidateAntiforgeryToken]
[ModuleController(CoreAdminModule.Id)]
public sealed class TenantsController(
    HostDbContext hostDb,
    TenantService tenants,
    ModuleCatalog catalog,
    IOptions<PortalPathsOptions> paths,
    IAuditTrail audit,
    Portal.Search.Indexing.SearchIndexes searchIndexes,
    UnitStorageReport storageReport,
    IOptions<MediaOptions> mediaOptions,
    ILogger<TenantsController> logger) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var records = (await hostDb.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken))
            .Where(r => Matches(TenantRow.From(r), q))
            .ToList();
        var rows = records.Select(TenantRow.From).ToList();
        return View(new TenantListViewModel
        {
            Query = q,
            Tenants = rows.Where(r => r.Status != TenantStatus.Deleted).ToList(),
            Deleted = rows.Where(r => r.Status == TenantStatus.Deleted).ToList(),
            Storage = await storageReport.ForAsync(records.Where(r => r.Status != TenantStatus.Deleted), cancellationToken),
        });
    }

    /// <summary>Search by name, prefix, host or display name; "dak plo" finds "Đắk Plô".</summary>
    private static bool Matches(TenantRow row, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }
        var folded = Slug.From(query);
        return row.DisplayName.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)
            || folded.Length > 0 && new[] { Slug.From(row.DisplayName), row.Name, row.UrlPrefix ?? "", string.Join(' ', row.HostNames.Select(Slug.From)) }
                .Any(text => text.Contains(folded, StringComparison.Ordinal));
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new TenantCreateForm());

    [HttpPost("create")]
    public async Task<IActionResult> Create(TenantCreateForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var request = form.ToRequest();
        var errors = RequiredAdminErrors(request)
            .Concat(OperatorHostErrors(request))
            .Concat(await tenants.ValidateAsync(request, cancellationToken))
            .ToList();
        if (errors.Count == 0)
        {
            try
            {
                errors.AddRange((await tenants.CreateAsync(request, cancellationToken)).Errors);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // TenantService has already removed the registry row and the folder.
                logger.LogError(ex, "Creating tenant {Tenant} failed", request.Name);
                errors.Add("Không tạo được đơn vị do lỗi hệ thống; mọi thay đổi đã được hoàn tác. Vui lòng thử lại hoặc báo cho bộ phận kỹ thuật.");
            }
        }
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(TenantErrorFields.FieldOf(error), error);
            }
            // The password is never echoed back into the page.
            form.AdminPassword = null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }
        Flash($"Đã tạo đơn vị “{request.DisplayName.Trim()}”.");
        return RedirectToAction(nameof(Details), new { name = request.Name });
    }

    /// <summary>
    /// The service treats the initial administrator as optional (the demo seeder adds its own users);
    /// from this form a site without one could never be administered, so both are required here.
    /// </summary>
    private static IEnumerable<string> RequiredAdminErrors(CreateTenantRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.AdminUserName))
        {
            yield return "Vui lòng nhập tên đăng nhập cho quản trị đơn vị.";
        }
        if (string.IsNullOrEmpty(request.AdminPassword))
        {
            yield return "Vui lòng nhập mật khẩu cho quản trị đơn vị.";
        }
        if (request.AdminEmail is not null && !new EmailAddressAttribute().IsValid(request.AdminEmail))
        {
            yield return $"Địa chỉ thư điện tử “{request.AdminEmail}” không hợp lệ.";
        }
    }

    /// <summary>
    /// A host name bound to a tenant wins over every unbound tenant (see TenantResolver), so giving a
    /// unit the very host the operator is working on would lock the operator out of this screen.
    /// </summary>
    private IEnumerable<string> OperatorHostErrors(CreateTenantRequest request)
    {
        var current = Request.Host.Host.ToLowerInvariant();
        if (TenantNameRules.ParseHosts(request.HostNames).Contains(current, StringComparer.Ordinal))
        {
            yield return $"Tên miền “{current}” là địa chỉ đang dùng để quản trị hệ thống; gán cho đơn vị sẽ làm mất quyền truy cập trang quản trị này.";
        }
    }

    [HttpGet("{name}/details")]
    public async Task<IActionResult> Details(string name, CancellationToken cancellationToken)
    {
        var model = await LoadDetailAsync(name, null, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{name}/suspend")]
    public Task<IActionResult> Suspend(string name, CancellationToken cancellationToken) =>
        ApplyAsync(name, tenants.SuspendAsync(name, cancellationToken), "Đã tạm ngừng hoạt động đơn vị.");

    [HttpPost("{name}/resume")]
    public Task<IActionResult> Resume(string name, CancellationToken cancellationToken) =>
        ApplyAsync(name, tenants.ResumeAsync(name, cancellationToken), "Đơn vị đã hoạt động trở lại.");

    /// <summary>The unit's own media storage quota in GB ("1,5"); blank goes back to the host's default.</summary>
    [HttpPost("{name}/media-quota")]
    public async Task<IActionResult> MediaQuota(string name, string? quotaGigabytes, CancellationToken cancellationToken)
    {
        var result = QuotaInput.TryParse(quotaGigabytes, out var bytes, out var error)
            ? await tenants.SetMediaQuotaAsync(name, bytes, cancellationToken)
            : Outcome.Refused(error!);
        if (!result.Succeeded)
        {
            return await ShowErrorsAsync(name, result, null, cancellationToken, quotaGigabytes);
        }
        Flash(bytes is { } set ? $"Đã đặt hạn mức lưu trữ tệp của đơn vị: {MediaSize.Text(set)}." : "Đơn vị dùng lại hạn mức lưu trữ chung.");
        return RedirectToAction(nameof(Details), new { name });
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name, string? confirmName, CancellationToken cancellationToken)
    {
        // The index lives in the tenant's folder, which the deletion moves away: release its files first (it reopens if the deletion is refused).
        searchIndexes.Close(name);
        var result = await tenants.DeleteAsync(name, confirmName, cancellationToken);
        if (result.Succeeded)
        {
            Flash($"Đã xóa đơn vị “{name}”; dữ liệu được giữ trong thư mục đã xóa cho đến khi dọn.");
            return RedirectToAction(nameof(Index));
        }
        // A refused deletion is worth a trace: someone tried to remove a live site.
        await audit.RecordAsync(new AuditEntry("Tenants", "TenantDeleteRefused", name, string.Join(" ", result.Errors)), cancellationToken);
        return await ShowErrorsAsync(name, result, confirmName, cancellationToken);
    }

    [HttpPost("{name}/purge")]
    public async Task<IActionResult> Purge(string name, CancellationToken cancellationToken)
    {
        var result = await tenants.PurgeAsync(name, cancellationToken);
        if (result.Succeeded)
        {
            Flash($"Đã dọn vĩnh viễn dữ liệu của đơn vị “{name}”.");
            return RedirectToAction(nameof(Index));
        }
        return await ShowErrorsAsync(name, result, null, cancellationToken);
    }

    private async Task<IActionResult> ApplyAsync(string name, Task<Outcome> operation, string done)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            return await ShowErrorsAsync(name, result, null, HttpContext.RequestAborted);
        }
        Flash(done);
        return RedirectToAction(nameof(Details), new { name });
    }

    /// <summary>Shows the detail page again with the refusal, answering 422 so nothing looks done.</summary>
    private async Task<IActionResult> ShowErrorsAsync(string name, Outcome result, string? confirmName, CancellationToken cancellationToken, string? quotaGigabytes = null)
    {
        var model = await LoadDetailAsync(name, confirmName, cancellationToken, quotaGigabytes);
        if (model is null)
        {
            return NotFound();
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), model);
    }

    private async Task<TenantDetailViewModel?> LoadDetailAsync(string name, string? confirmName, CancellationToken cancellationToken, string? quotaGigabytes = null)
    {
        var record = await hostDb.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (record is null)
        {
            return null;
        }
        var row = TenantRow.From(record);
        var enabled = row.EnabledModules.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var folder = Path.GetFullPath(paths.Value.TenantFolder(record.Name));
        return new TenantDetailViewModel
        {
            Tenant = row,
            DataFolder = folder,
            DataFolderExists = Directory.Exists(folder),
            ConfirmName = confirmName,
            Storage = record.Status == TenantStatus.Deleted ? null : (await storageReport.ForAsync([record], cancellationToken)).GetValueOrDefault(record.Name),
            QuotaGigabytes = quotaGigabytes ?? (record.MediaQuotaBytes is { } own ? (own / (1024m * 1024 * 1024)).ToString("0.######", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) : null),
            DefaultQuotaBytes = mediaOptions.Value.UnitQuotaBytes,
            Modules = catalog.Modules
                .Select(m => new TenantDetailViewModel.ModuleState(m.Manifest.Id, m.Manifest.Name, catalog.IsEnabled(m.Manifest.Id, enabled), m.Manifest.AlwaysEnabled))
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .ToList(),
        };
    }
}
