using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Core.Identity.Admin;

/// <summary>The write side of /admin/roles: custom roles and the permissions (role claims) of every role.</summary>
public sealed class RoleAdministration(
    TenantDbContext db,
    TenantUnitOfWork unitOfWork,
    RoleManager<PortalRole> roles,
    ModuleCatalog catalog,
    ITenantContext tenant,
    GrantRules grants,
    IAuditTrail audit)
{
    /// <summary>Permissions of the modules enabled for this tenant, in catalog order; the editor shows exactly these.</summary>
    public IReadOnlyList<Permission> EditablePermissions() =>
        catalog.Modules
            .Where(m => catalog.IsEnabled(m.Manifest.Id, tenant.Tenant.EnabledModules))
            .SelectMany(m => m.Permissions)
            .Where(p => tenant.Tenant.IsHost || p.Name != CorePermissions.ManageTenants.Name)
            .ToList();

    public async Task<Outcome<string>> CreateAsync(string name, string? description)
    {
        name = Nfc(name);
        if (name.Length == 0)
        {
            return Outcome<string>.Refused("Vui lòng nhập tên vai trò.");
        }
        var role = new PortalRole(name) { Description = string.IsNullOrWhiteSpace(description) ? null : Nfc(description) };
        var result = await roles.CreateAsync(role);
        if (!result.Succeeded)
        {
            return Outcome<string>.Refused(result.Errors.Select(e => e.Description));
        }
        await audit.RecordAsync(new AuditEntry("Roles", "RoleCreated", role.Name, $"Tạo vai trò “{role.Name}”."));
        return Outcome<string>.Ok(role.Id);
    }

    /// <summary>Replaces the role's editable permissions; grants of disabled modules are left as they are.</summary>
    public async Task<Outcome<string>> SetPermissionsAsync(ClaimsPrincipal actor, string roleId, IEnumerable<string> permissionNames)
    {
        var role = await roles.FindByIdAsync(roleId);
        if (role is null)
        {
            return Outcome<string>.Missing();
        }
        if (role.Name == BuiltInRoles.Administrator)
        {
            return Outcome<string>.Refused("Vai trò Quản trị hệ thống luôn có mọi quyền; không thể thay đổi.");
        }
        var editable = EditablePermissions().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var wanted = permissionNames.Distinct().ToList();
        if (wanted.Any(p => !editable.Contains(p)))
        {
            return Outcome<string>.Refused("Có quyền không tồn tại hoặc thuộc phân hệ chưa bật.");
        }
        var claims = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == PermissionClaim.Type).ToListAsync();
        var current = claims.Select(c => c.ClaimValue!).Where(editable.Contains).ToList();
        var added = wanted.Except(current).ToList();
        var removed = current.Except(wanted).ToList();
        if ((await grants.MissingAsync(actor, added.Concat(removed))).Count > 0)
        {
            return Outcome<string>.Refused("Bạn không thể cấp hoặc thu hồi quyền mà chính bạn không có.");
        }
        db.RoleClaims.RemoveRange(claims.Where(c => removed.Contains(c.ClaimValue!)));
        foreach (var name in added)
        {
            db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = PermissionClaim.Type, ClaimValue = name });
        }
        // One SaveChanges for the claims and the audit row: both land or neither does.
        await audit.RecordAsync(new AuditEntry("Roles", "RolePermissionsChanged", role.Name,
            $"Phân quyền vai trò “{role.Name}”: thêm {List(added)}; bỏ {List(removed)}."));
        return Outcome<string>.Ok(role.Id);
    }

    public async Task<Outcome<string>> DeleteAsync(string roleId)
    {
        var role = await roles.FindByIdAsync(roleId);
        if (role is null)
        {
            return Outcome<string>.Missing();
        }
        if (role.IsBuiltIn || BuiltInRoles.All.Contains(role.Name))
        {
            return Outcome<string>.Refused("Không thể xóa vai trò có sẵn theo quy chế.");
        }
        var members = await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id);
        if (members > 0)
        {
            return Outcome<string>.Refused($"Vai trò đang được gán cho {members} người dùng; hãy gỡ vai trò khỏi họ trước khi xóa.");
        }
        await using var transaction = await unitOfWork.BeginAsync();
        var result = await roles.DeleteAsync(role);
        if (!result.Succeeded)
        {
            return Outcome<string>.Refused(result.Errors.Select(e => e.Description));
        }
        await audit.RecordAsync(new AuditEntry("Roles", "RoleDeleted", role.Name, $"Xóa vai trò “{role.Name}”."));
        await transaction.CommitAsync();
        return Outcome<string>.Ok(role.Id);
    }

    private static string Nfc(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "không có" : string.Join(", ", names);
}
