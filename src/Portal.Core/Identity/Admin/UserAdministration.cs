using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Sites;

namespace Portal.Core.Identity.Admin;

/// <summary>
/// The write side of /admin/users. User, roles, fields and the audit row are saved in one
/// transaction, so a failed step (weak password, duplicate name, bad role) leaves nothing behind.
/// </summary>
public sealed class UserAdministration(
    TenantDbContext db,
    TenantUnitOfWork unitOfWork,
    UserManager<PortalUser> users,
    UserAccounts accounts,
    GrantRules grants,
    IAuditTrail audit)
{
    public async Task<Outcome<string>> CreateAsync(ClaimsPrincipal actor, UserInput input, string password)
    {
        input = Clean(input);
        var errors = await ValidateAsync(actor, input, currentRoles: []);
        if (errors.Count > 0)
        {
            return Outcome<string>.Refused(errors);
        }
        return await InTransactionAsync(async () =>
        {
            var created = await accounts.CreateAsync(new NewAccount(input.UserName, input.FullName, input.Email, password, input.Roles) { Position = input.Position });
            if (created.Value is not { } user)
            {
                return Outcome<string>.Refused(created.Errors);
            }
            SetFields(user.Id, input.FieldIds, []);
            await audit.RecordAsync(new AuditEntry("Users", "UserCreated", user.UserName,
                $"Tạo người dùng “{user.FullName}”; vai trò: {RoleList(input.Roles)}."));
            return Outcome<string>.Ok(user.Id);
        });
    }

    public async Task<Outcome<string>> UpdateAsync(ClaimsPrincipal actor, string id, UserInput input)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome<string>.Missing();
        }
        var currentRoles = (await users.GetRolesAsync(user)).ToList();
        input = Clean(input);
        var errors = await GuardTargetAsync(actor, currentRoles);
        errors.AddRange(await ValidateAsync(actor, input, currentRoles));
        if (currentRoles.Contains(BuiltInRoles.Administrator) && !input.Roles.Contains(BuiltInRoles.Administrator))
        {
            errors.AddRange(await GuardAdministratorLossAsync(actor, user));
        }
        if (errors.Count > 0)
        {
            return Outcome<string>.Refused(errors);
        }
        var currentFields = await db.UserFields.Where(f => f.UserId == id).Select(f => f.FieldId).ToListAsync();
        return await InTransactionAsync(async () =>
        {
            user.FullName = input.FullName;
            user.Position = input.Position;
            user.Email = input.Email;
            user.EmailConfirmed = input.Email is not null;
            // Renaming renews the security stamp (open sessions end); other edits should not.
            var result = user.UserName == input.UserName
                ? await users.UpdateAsync(user)
                : await users.SetUserNameAsync(user, input.UserName);
            var added = input.Roles.Except(currentRoles).ToList();
            var removed = currentRoles.Except(input.Roles).ToList();
            if (result.Succeeded && removed.Count > 0)
            {
                result = await users.RemoveFromRolesAsync(user, removed);
            }
            if (result.Succeeded && added.Count > 0)
            {
                result = await users.AddToRolesAsync(user, added);
            }
            // No new security stamp for role changes: permissions are read from the database on every
            // request (PermissionService), so open sessions follow the new roles without being signed out.
            if (!result.Succeeded)
            {
                return Outcome<string>.Refused(result.Errors.Select(e => e.Description));
            }
            SetFields(user.Id, input.FieldIds, currentFields);
            await db.SaveChangesAsync();
            await audit.RecordAsync(new AuditEntry("Users", "UserUpdated", user.UserName,
                $"Cập nhật người dùng “{user.FullName}”; vai trò: {RoleList(input.Roles)}" +
                (added.Count + removed.Count > 0 ? $" (thêm: {RoleList(added)}; bỏ: {RoleList(removed)})." : ".")));
            return Outcome<string>.Ok(user.Id);
        });
    }

    /// <summary>Disabling locks the account indefinitely and ends its sessions; enabling lifts that lock.</summary>
    public Task<Outcome<string>> SetActiveAsync(ClaimsPrincipal actor, string id, bool active) =>
        ChangeAccountAsync(actor, id,
            async user =>
            {
                if (!active && user.Id == actor.FindFirstValue(ClaimTypes.NameIdentifier))
                {
                    return ["Bạn không thể tự vô hiệu hóa tài khoản của mình."];
                }
                return !active && await users.IsInRoleAsync(user, BuiltInRoles.Administrator) ? await GuardAdministratorLossAsync(actor, user) : [];
            },
            user =>
            {
                user.IsActive = active;
                user.LockoutEnd = active ? null : DateTimeOffset.MaxValue;
                user.AccessFailedCount = 0;
                return Steps(() => users.UpdateSecurityStampAsync(user));
            },
            user => active
                ? new AuditEntry("Users", "UserEnabled", user.UserName, $"Kích hoạt lại tài khoản “{user.FullName}”.")
                : new AuditEntry("Users", "UserDisabled", user.UserName, $"Vô hiệu hóa tài khoản “{user.FullName}”."));

    /// <summary>Lifts a lockout caused by failed sign-ins; a disabled account stays disabled.</summary>
    public Task<Outcome<string>> UnlockAsync(ClaimsPrincipal actor, string id) =>
        ChangeAccountAsync(actor, id,
            user => Task.FromResult<List<string>>(user.IsActive ? [] : ["Tài khoản đang bị vô hiệu hóa; hãy kích hoạt lại thay vì mở khóa."]),
            user => Steps(() => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user)),
            user => new AuditEntry("Users", "UserUnlocked", user.UserName, $"Mở khóa tài khoản “{user.FullName}”."));

    public Task<Outcome<string>> ResetPasswordAsync(ClaimsPrincipal actor, string id, string newPassword) =>
        ChangeAccountAsync(actor, id, NoExtraChecks,
            async user => await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword),
            user => new AuditEntry("Users", "UserPasswordReset", user.UserName, $"Quản trị đặt lại mật khẩu cho “{user.FullName}”."));

    /// <summary>For a user who lost both phone and recovery codes: two-factor off, old key and codes void.</summary>
    public Task<Outcome<string>> ResetTwoFactorAsync(ClaimsPrincipal actor, string id) =>
        ChangeAccountAsync(actor, id, NoExtraChecks,
            async user =>
            {
                var result = await Steps(() => users.SetTwoFactorEnabledAsync(user, false), () => users.ResetAuthenticatorKeyAsync(user));
                if (result.Succeeded)
                {
                    // Generating zero new codes is the public way to void the old ones.
                    await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
                }
                return result;
            },
            user => new AuditEntry("Users", "UserTwoFactorReset", user.UserName, $"Quản trị tắt xác thực hai lớp của “{user.FullName}”."));

    private static Task<List<string>> NoExtraChecks(PortalUser user) => Task.FromResult(new List<string>());

    /// <summary>Runs Identity steps in order, stopping at the first failure.</summary>
    private static async Task<IdentityResult> Steps(params Func<Task<IdentityResult>>[] steps)
    {
        var result = IdentityResult.Success;
        foreach (var step in steps)
        {
            result = await step();
            if (!result.Succeeded)
            {
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// The shape of every account action: find the user in this tenant (404 otherwise), check the actor may
    /// act on them, then change and audit in one transaction.
    /// </summary>
    private async Task<Outcome<string>> ChangeAccountAsync(ClaimsPrincipal actor, string id, Func<PortalUser, Task<List<string>>> extraChecks,
        Func<PortalUser, Task<IdentityResult>> change, Func<PortalUser, AuditEntry> auditEntry)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome<string>.Missing();
        }
        var errors = await GuardTargetAsync(actor, await users.GetRolesAsync(user));
        errors.AddRange(await extraChecks(user));
        if (errors.Count > 0)
        {
            return Outcome<string>.Refused(errors);
        }
        return await InTransactionAsync(async () =>
        {
            var result = await change(user);
            if (!result.Succeeded)
            {
                return Outcome<string>.Refused(result.Errors.Select(e => e.Description));
            }
            await audit.RecordAsync(auditEntry(user));
            return Outcome<string>.Ok(user.Id);
        });
    }

    /// <summary>The tenant must keep an active Administrator, and nobody demotes themselves by mistake.</summary>
    private async Task<List<string>> GuardAdministratorLossAsync(ClaimsPrincipal actor, PortalUser user)
    {
        if (user.Id == actor.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return ["Bạn không thể tự gỡ vai trò Quản trị hệ thống của mình."];
        }
        var others = (await users.GetUsersInRoleAsync(BuiltInRoles.Administrator)).Count(u => u.Id != user.Id && u.IsActive);
        return others == 0 ? ["Đơn vị phải còn ít nhất một tài khoản Quản trị hệ thống đang hoạt động."] : [];
    }

    private async Task<List<string>> GuardTargetAsync(ClaimsPrincipal actor, IEnumerable<string> targetRoles) =>
        targetRoles.Contains(BuiltInRoles.Administrator) && !await grants.IsAdministratorAsync(actor)
            ? ["Chỉ người có vai trò Quản trị hệ thống mới được thay đổi tài khoản quản trị."]
            : [];

    private async Task<List<string>> ValidateAsync(ClaimsPrincipal actor, UserInput input, IReadOnlyList<string> currentRoles)
    {
        var errors = new List<string>();
        if (input.FullName.Length == 0)
        {
            errors.Add("Vui lòng nhập họ và tên.");
        }
        var known = await db.Roles.Select(r => r.Name!).ToListAsync();
        var unknown = input.Roles.Except(known).ToList();
        if (unknown.Count > 0)
        {
            errors.Add($"Vai trò không tồn tại: {RoleList(unknown)}.");
        }
        var changed = input.Roles.Except(currentRoles).Concat(currentRoles.Except(input.Roles)).Intersect(known);
        if ((await grants.PermissionsBeyondActorAsync(actor, changed)).Count > 0)
        {
            errors.Add("Bạn không thể gán hoặc gỡ vai trò có quyền mà chính bạn không có.");
        }
        var fieldIds = await db.Fields.Select(f => f.Id).ToListAsync();
        if (input.FieldIds.Except(fieldIds).Any())
        {
            errors.Add("Lĩnh vực được chọn không tồn tại.");
        }
        if (input.FieldIds.Count > 0 && !input.Roles.Intersect(BuiltInRoles.Board).Any())
        {
            errors.Add("Chỉ thành viên Ban biên tập mới được phân công phụ trách lĩnh vực.");
        }
        return errors;
    }

    private void SetFields(string userId, IReadOnlyList<int> wanted, IReadOnlyList<int> current)
    {
        foreach (var fieldId in current.Except(wanted))
        {
            db.UserFields.Remove(db.UserFields.Local.FirstOrDefault(f => f.UserId == userId && f.FieldId == fieldId)
                ?? new UserFieldAssignment { UserId = userId, FieldId = fieldId });
        }
        foreach (var fieldId in wanted.Except(current))
        {
            db.UserFields.Add(new UserFieldAssignment { UserId = userId, FieldId = fieldId });
        }
    }

    private async Task<Outcome<string>> InTransactionAsync(Func<Task<Outcome<string>>> work)
    {
        await using var transaction = await unitOfWork.BeginAsync();
        var result = await work();
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
            // The tracker may still hold what the rolled-back statements wrote; later saves must not replay it.
            db.ChangeTracker.Clear();
        }
        return result;
    }

    private static UserInput Clean(UserInput input) => input with
    {
        UserName = Nfc(input.UserName),
        FullName = Nfc(input.FullName),
        Email = string.IsNullOrWhiteSpace(input.Email) ? null : Nfc(input.Email),
        Position = string.IsNullOrWhiteSpace(input.Position) ? null : Nfc(input.Position),
        Roles = input.Roles.Select(Nfc).Where(r => r.Length > 0).Distinct().ToList(),
        FieldIds = input.FieldIds.Distinct().ToList(),
    };

    private static string Nfc(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static string RoleList(IEnumerable<string> roles)
    {
        var list = string.Join(", ", roles);
        return list.Length == 0 ? "không có" : list;
    }
}
