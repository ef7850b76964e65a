using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Jobs;
using Portal.Core.Modules;
using Portal.Core.Tenancy.Templates;

namespace Portal.Core.Tenancy;

/// <summary>
/// Creates, suspends, resumes, deletes and purges tenants. Creation validates everything first and
/// undoes the registry row and folder if seeding fails, so nothing is ever left half-made.
/// </summary>
public sealed class TenantService(
    HostDbContext hostDb,
    TenantRegistry registry,
    TenantMigrator migrator,
    ModuleCatalog catalog,
    IServiceScopeFactory scopeFactory,
    IOptions<PortalPathsOptions> paths,
    IOptions<IdentityOptions> identityOptions,
    TimeProvider clock,
    ILogger<TenantService> logger)
{
    public async Task<List<string>> ValidateAsync(CreateTenantRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        request.Name = request.Name?.Trim().ToLowerInvariant() ?? "";
        request.UrlPrefix = string.IsNullOrWhiteSpace(request.UrlPrefix) ? null : request.UrlPrefix.Trim().Trim('/').ToLowerInvariant();
        var hosts = TenantNameRules.ParseHosts(request.HostNames);

        if (TenantNameRules.ValidateName(request.Name, "tên định danh") is { } nameError)
        {
            errors.Add(nameError);
        }
        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors.Add("Vui lòng nhập tên đơn vị.");
        }
        if (request.UrlPrefix is null && hosts.Count == 0)
        {
            errors.Add("Vui lòng nhập tiền tố đường dẫn hoặc ít nhất một tên miền để truy cập trang.");
        }
        if (request.UrlPrefix is not null && TenantNameRules.ValidateName(request.UrlPrefix, "tiền tố đường dẫn") is { } prefixError)
        {
            errors.Add(prefixError);
        }
        errors.AddRange(hosts.Select(TenantNameRules.ValidateHost).OfType<string>());
        if (TenantTemplates.Selectable.All(t => t.Id != request.Template))
        {
            errors.Add("Vui lòng chọn mẫu trang: xã, trường học, phòng giáo dục hoặc công đoàn.");
        }

        var existing = await hostDb.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        if (existing.Any(t => string.Equals(t.Name, request.Name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"Tên định danh “{request.Name}” đã được dùng cho một đơn vị khác (kể cả đơn vị đã xóa chưa dọn).");
        }
        if (request.UrlPrefix is not null && existing.Any(t => t.Status != TenantStatus.Deleted && string.Equals(t.UrlPrefix, request.UrlPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"Tiền tố đường dẫn “{request.UrlPrefix}” đã được đơn vị khác sử dụng.");
        }
        foreach (var host in hosts)
        {
            var owner = existing.FirstOrDefault(t => t.Status != TenantStatus.Deleted && TenantRecord.SplitList(t.HostNames).Contains(host, StringComparer.OrdinalIgnoreCase));
            if (owner is not null)
            {
                errors.Add($"Tên miền “{host}” đã được gán cho đơn vị “{owner.DisplayName}”.");
            }
        }

        if (!string.IsNullOrWhiteSpace(request.AdminUserName) || !string.IsNullOrEmpty(request.AdminPassword))
        {
            errors.AddRange(await ValidateAdminAsync(request));
        }
        return errors;
    }

    private async Task<IEnumerable<string>> ValidateAdminAsync(CreateTenantRequest request)
    {
        var errors = new List<string>();
        var allowed = identityOptions.Value.User.AllowedUserNameCharacters;
        if (string.IsNullOrWhiteSpace(request.AdminUserName) || request.AdminUserName.Any(c => !allowed.Contains(c)))
        {
            errors.Add("Tên đăng nhập của quản trị đơn vị không hợp lệ: chỉ dùng chữ không dấu, số và các ký tự . _ - @.");
        }
        if (string.IsNullOrEmpty(request.AdminPassword))
        {
            errors.Add("Vui lòng nhập mật khẩu cho quản trị đơn vị.");
            return errors;
        }
        // UserManager needs a tenant-bound scope (its store is the tenant database) even though the
        // password validators never touch it; the new tenant has no database yet, so borrow the host's.
        using var scope = registry.Host is { } host ? scopeFactory.CreateTenantScope(host) : scopeFactory.CreateScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(userManager, new PortalUser { UserName = request.AdminUserName }, request.AdminPassword);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }
        return errors;
    }

    public async Task<Outcome> CreateAsync(CreateTenantRequest request, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(request, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Refused(errors);
        }
        var template = TenantTemplates.Find(request.Template)!;
        await CreateCoreAsync(request, template, isHost: false, cancellationToken);
        return Outcome.Ok();
    }

    /// <summary>Creates the operator's own tenant on first start (no validation of reserved names).</summary>
    internal Task CreateHostTenantAsync(string displayName, CancellationToken cancellationToken) =>
        CreateCoreAsync(new CreateTenantRequest { Name = "host", DisplayName = displayName, Template = TenantTemplates.HostTemplate }, TenantTemplates.HostTenantTemplate, isHost: true, cancellationToken);

    private async Task CreateCoreAsync(CreateTenantRequest request, TenantTemplate template, bool isHost, CancellationToken cancellationToken)
    {
        var record = new TenantRecord
        {
            Name = request.Name,
            DisplayName = request.DisplayName.Trim(),
            UrlPrefix = request.UrlPrefix,
            HostNames = string.Join(',', TenantNameRules.ParseHosts(request.HostNames)),
            Template = template.Id,
            Status = TenantStatus.Active,
            IsHost = isHost,
            EnabledModules = string.Join(',', catalog.DefaultEnabled),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        hostDb.Tenants.Add(record);
        await hostDb.SaveChangesAsync(cancellationToken);
        var folder = paths.Value.TenantFolder(record.Name);
        try
        {
            var descriptor = record.ToDescriptor();
            Directory.CreateDirectory(Path.Combine(folder, "media"));
            Directory.CreateDirectory(Path.Combine(folder, "index"));
            await migrator.EnsureCurrentAsync(descriptor, cancellationToken);
            descriptor = registry.Find(record.Name) ?? descriptor;

            using var scope = scopeFactory.CreateTenantScope(descriptor);
            var services = scope.ServiceProvider;
            await services.GetRequiredService<TenantSeeder>().SeedAsync(template, record.DisplayName, cancellationToken);
            if (!string.IsNullOrWhiteSpace(request.AdminUserName) && !string.IsNullOrEmpty(request.AdminPassword))
            {
                (await services.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(request.AdminUserName, request.AdminFullName ?? "Quản trị đơn vị",
                    request.AdminEmail, request.AdminPassword, [BuiltInRoles.Administrator]), cancellationToken)).ValueOrThrow();
            }
            foreach (var module in catalog.Modules.Where(m => catalog.IsEnabled(m.Manifest.Id, descriptor.EnabledModules)))
            {
                await module.OnEnabledAsync(services, cancellationToken);
            }
            await services.GetRequiredService<RecurringJobSynchronizer>().SynchronizeAsync([descriptor], cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Creating tenant {Tenant} failed; rolling back", record.Name);
            await hostDb.Tenants.Where(t => t.Id == record.Id).ExecuteDeleteAsync(CancellationToken.None);
            await hostDb.Jobs.Where(j => j.TenantName == record.Name).ExecuteDeleteAsync(CancellationToken.None);
            await registry.ReloadAsync(record.Name, CancellationToken.None);
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            throw;
        }
        await registry.ReloadAsync(record.Name, cancellationToken);
        await RecordOnHostAsync("TenantCreated", record.Name, $"Tạo đơn vị “{record.DisplayName}” từ mẫu {template.DisplayName}.");
    }

    public Task<Outcome> SuspendAsync(string name, CancellationToken cancellationToken = default) =>
        SetStatusAsync(name, TenantStatus.Suspended, "TenantSuspended", "Tạm ngừng hoạt động đơn vị.", cancellationToken);

    public Task<Outcome> ResumeAsync(string name, CancellationToken cancellationToken = default) =>
        SetStatusAsync(name, TenantStatus.Active, "TenantResumed", "Cho đơn vị hoạt động trở lại.", cancellationToken);

    private async Task<Outcome> SetStatusAsync(string name, TenantStatus status, string action, string details, CancellationToken cancellationToken)
    {
        var record = await hostDb.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (record is null || record.Status == TenantStatus.Deleted)
        {
            return Outcome.Refused($"Không tìm thấy đơn vị “{name}”.");
        }
        if (record.IsHost)
        {
            return Outcome.Refused("Không thể tạm ngừng hoặc xóa trang của đơn vị vận hành hệ thống.");
        }
        record.Status = status;
        record.SuspendedUtc = status == TenantStatus.Suspended ? clock.GetUtcNow().UtcDateTime : null;
        await hostDb.SaveChangesAsync(cancellationToken);
        await registry.ReloadAsync(name, cancellationToken);
        await RecordOnHostAsync(action, name, details);
        return Outcome.Ok();
    }

    /// <summary>
    /// Sets the unit's own media storage quota in bytes, or clears it (null) so the host's default applies. A quota
    /// below what the unit already holds is allowed: nothing is removed, new uploads are refused until space is freed.
    /// </summary>
    public async Task<Outcome> SetMediaQuotaAsync(string name, long? quotaBytes, CancellationToken cancellationToken = default)
    {
        var record = await hostDb.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (record is null || record.Status == TenantStatus.Deleted)
        {
            return Outcome.Refused($"Không tìm thấy đơn vị “{name}”.");
        }
        if (quotaBytes is <= 0)
        {
            return Outcome.Refused("Hạn mức lưu trữ phải lớn hơn 0.");
        }
        var before = record.MediaQuotaBytes;
        record.MediaQuotaBytes = quotaBytes;
        await hostDb.SaveChangesAsync(cancellationToken);
        await RecordOnHostAsync("MediaQuotaChanged", name,
            $"Hạn mức lưu trữ tệp: {QuotaText(before)} → {QuotaText(quotaBytes)}.");
        return Outcome.Ok();
    }

    private static string QuotaText(long? bytes) => bytes is { } b ? Media.MediaSize.Text(b) : "mức chung";

    /// <summary>Deletes a tenant after the operator typed its name; files are moved aside, not destroyed.</summary>
    public async Task<Outcome> DeleteAsync(string name, string? typedConfirmation, CancellationToken cancellationToken = default)
    {
        var record = await hostDb.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (record is null || record.Status == TenantStatus.Deleted)
        {
            return Outcome.Refused($"Không tìm thấy đơn vị “{name}”.");
        }
        if (record.IsHost)
        {
            return Outcome.Refused("Không thể tạm ngừng hoặc xóa trang của đơn vị vận hành hệ thống.");
        }
        if (!string.Equals(typedConfirmation?.Trim(), record.Name, StringComparison.Ordinal))
        {
            return Outcome.Refused($"Để xác nhận xóa, hãy gõ chính xác tên định danh “{record.Name}”.");
        }

        SqliteConnection.ClearAllPools();
        var source = paths.Value.TenantFolder(record.Name);
        var target = Path.Combine(paths.Value.DeletedFolder, $"{record.Name}-{clock.GetUtcNow():yyyyMMddHHmmss}");
        if (Directory.Exists(source))
        {
            Directory.CreateDirectory(paths.Value.DeletedFolder);
            Directory.Move(source, target);
        }
        record.Status = TenantStatus.Deleted;
        record.DeletedUtc = clock.GetUtcNow().UtcDateTime;
        record.DeletedFolder = target;
        await hostDb.SaveChangesAsync(cancellationToken);
        await hostDb.Jobs.Where(j => j.TenantName == record.Name).ExecuteDeleteAsync(cancellationToken);
        await registry.ReloadAsync(name, cancellationToken);
        await RecordOnHostAsync("TenantDeleted", name, $"Xóa đơn vị “{record.DisplayName}”; dữ liệu được chuyển sang {target}.");
        return Outcome.Ok();
    }

    /// <summary>Destroys the files of a deleted tenant and frees its name.</summary>
    public async Task<Outcome> PurgeAsync(string name, CancellationToken cancellationToken = default)
    {
        var record = await hostDb.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (record is null || record.Status != TenantStatus.Deleted)
        {
            return Outcome.Refused($"Chỉ dọn được đơn vị đã xóa; “{name}” không ở trạng thái đã xóa.");
        }
        if (record.DeletedFolder is not null && Directory.Exists(record.DeletedFolder))
        {
            Directory.Delete(record.DeletedFolder, recursive: true);
        }
        hostDb.Tenants.Remove(record);
        await hostDb.SaveChangesAsync(cancellationToken);
        await registry.ReloadAsync(name, cancellationToken);
        await RecordOnHostAsync("TenantPurged", name, "Dọn vĩnh viễn dữ liệu của đơn vị đã xóa.");
        return Outcome.Ok();
    }

    /// <summary>Switches a module on or off for a tenant; enabling runs its migrations at once.</summary>
    public async Task<Outcome> SetModuleEnabledAsync(string name, string moduleId, bool enabled, CancellationToken cancellationToken = default)
    {
        var module = catalog.Find(moduleId);
        if (module is null || module.Manifest.AlwaysEnabled)
        {
            return Outcome.Refused($"Phân hệ “{moduleId}” không tồn tại hoặc luôn được bật.");
        }
        var record = await hostDb.Tenants.SingleAsync(t => t.Name == name, cancellationToken);
        var set = TenantRecord.SplitList(record.EnabledModules).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (enabled)
        {
            var missing = module.Manifest.DependsOn.Where(d => !catalog.IsEnabled(d, set)).ToList();
            if (missing.Count > 0)
            {
                return Outcome.Refused($"Cần bật trước các phân hệ: {string.Join(", ", missing)}.");
            }
            set.Add(module.Manifest.Id);
        }
        else
        {
            var dependents = catalog.Modules.Where(m => set.Contains(m.Manifest.Id) && m.Manifest.DependsOn.Contains(module.Manifest.Id, StringComparer.OrdinalIgnoreCase)).ToList();
            if (dependents.Count > 0)
            {
                return Outcome.Refused($"Phân hệ đang được dùng bởi: {string.Join(", ", dependents.Select(d => d.Manifest.Name))}.");
            }
            set.Remove(module.Manifest.Id);
        }
        record.EnabledModules = string.Join(',', set.Order());
        await hostDb.SaveChangesAsync(cancellationToken);
        await registry.ReloadAsync(name, cancellationToken);
        var descriptor = registry.Find(name)!;
        if (enabled)
        {
            await migrator.EnsureCurrentAsync(descriptor, cancellationToken);
            using var scope = scopeFactory.CreateTenantScope(registry.Find(name)!);
            await module.OnEnabledAsync(scope.ServiceProvider, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<RecurringJobSynchronizer>().SynchronizeAsync([descriptor], cancellationToken);
        }
        return Outcome.Ok();
    }


    /// <summary>Tenant lifecycle events go to the host tenant's audit trail, where the operator reads them.</summary>
    private async Task RecordOnHostAsync(string action, string subject, string details)
    {
        var host = registry.Host;
        if (host is null)
        {
            return;
        }
        using var scope = scopeFactory.CreateTenantScope(host);
        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry("Tenants", action, subject, details));
    }
}
