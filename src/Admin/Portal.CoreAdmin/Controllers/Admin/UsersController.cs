using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Identity.Admin;
using Portal.CoreAdmin.ViewModels.Users;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>The tenant's user accounts: list, create, edit, disable, unlock, reset password.</summary>
[Route("admin/users")]
[RequirePermission(nameof(CorePermissions.ManageUsers))]
[ModuleController(CoreAdminModule.Id)]
public sealed class UsersController(
    TenantDbContext db,
    UserAdministration admin,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signInManager,
    TimeProvider clock) : AdminController
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().Normalize(System.Text.NormalizationForm.FormC);
            var upper = term.ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.FullName.Contains(term) || u.NormalizedEmail!.Contains(upper));
        }
        var total = await query.CountAsync();
        var paging = Paging.Clamped(page, PageSize, total);
        var found = await query.OrderBy(u => u.UserName).Skip(paging.Skip).Take(paging.Take).ToListAsync();
        var ids = found.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var now = clock.GetUtcNow();
        var selfId = users.GetUserId(User);
        return View(new UserListViewModel
        {
            Query = q,
            Page = paging.Page,
            PageCount = paging.PageCount,
            TotalCount = total,
            Users = found.Select(u => new UserRowViewModel
            {
                Id = u.Id,
                UserName = u.UserName!,
                FullName = u.FullName,
                Email = u.Email,
                Roles = roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                IsActive = u.IsActive,
                IsLockedOut = u.IsActive && u.LockoutEnd > now,
                LockoutEndUtc = u.LockoutEnd?.UtcDateTime,
                TwoFactorEnabled = u.TwoFactorEnabled,
                IsSelf = u.Id == selfId,
                CreatedUtc = u.CreatedUtc,
            }).ToList(),
        });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => View("Form", await WithOptionsAsync(new UserFormViewModel()));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(UserFormViewModel model)
    {
        model.Id = null;
        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), "Vui lòng nhập mật khẩu.");
        }
        if (!ModelState.IsValid)
        {
            return View("Form", await WithOptionsAsync(model));
        }
        var result = await admin.CreateAsync(User, ToInput(model), model.Password!);
        if (!result.Succeeded)
        {
            return View("Form", await WithOptionsAsync(WithErrors(model, result)));
        }
        Flash($"Đã tạo người dùng “{model.UserName.Trim()}”.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }
        var model = new UserFormViewModel
        {
            Id = user.Id,
            UserName = user.UserName!,
            FullName = user.FullName,
            Email = user.Email,
            Position = user.Position,
            Roles = await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(),
            FieldIds = await db.UserFields.Where(f => f.UserId == id).Select(f => f.FieldId).ToListAsync(),
        };
        return View("Form", await WithOptionsAsync(WithStatus(model, user)));
    }

    [HttpPost("{id}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, UserFormViewModel model)
    {
        model.Id = id;
        ModelState.Remove(nameof(model.Password));
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }
        WithStatus(model, user);
        if (!ModelState.IsValid)
        {
            return View("Form", await WithOptionsAsync(model));
        }
        var result = await admin.UpdateAsync(User, id, ToInput(model));
        if (result.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            return View("Form", await WithOptionsAsync(WithErrors(model, result)));
        }
        if (id == users.GetUserId(User))
        {
            // Editing oneself renews the security stamp; re-issue the cookie so this session survives it.
            await signInManager.RefreshSignInAsync((await users.FindByIdAsync(id))!);
        }
        Flash($"Đã cập nhật người dùng “{model.UserName.Trim()}”.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string id) => Command(admin.SetActiveAsync(User, id, active: false), "Đã vô hiệu hóa tài khoản.");

    [HttpPost("{id}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string id) => Command(admin.SetActiveAsync(User, id, active: true), "Đã kích hoạt lại tài khoản.");

    [HttpPost("{id}/unlock")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Unlock(string id) => Command(admin.UnlockAsync(User, id), "Đã mở khóa tài khoản.");

    [HttpPost("{id}/two-factor-reset")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> ResetTwoFactor(string id) => Command(admin.ResetTwoFactorAsync(User, id), "Đã tắt xác thực hai lớp của người dùng.");

    [HttpGet("{id}/password")]
    public async Task<IActionResult> Password(string id)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        return user is null ? NotFound() : View(new UserPasswordViewModel { Id = id, UserName = user.UserName! });
    }

    [HttpPost("{id}/password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Password(string id, UserPasswordViewModel model)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }
        model.Id = id;
        model.UserName = user.UserName!;
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var result = await admin.ResetPasswordAsync(User, id, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error);
            }
            return View(model);
        }
        if (id == users.GetUserId(User))
        {
            // A new password ends every session begun before it (ADR 0017); the one that set it goes on.
            await signInManager.RefreshSignInAsync((await users.FindByIdAsync(id))!);
        }
        Flash($"Đã đặt lại mật khẩu cho “{user.UserName}”.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> Command(Task<Outcome<string>> command, string message)
    {
        var result = await command;
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            Flash(message);
        }
        else
        {
            TempData.FlashErrors(result.Errors);
        }
        return RedirectToAction(nameof(Index));
    }

    private static UserFormViewModel WithStatus(UserFormViewModel model, PortalUser user)
    {
        model.CreatedUtc = user.CreatedUtc;
        model.IsActive = user.IsActive;
        return model;
    }

    private static UserInput ToInput(UserFormViewModel model) =>
        new(model.UserName, model.FullName, model.Email, model.Position, model.Roles, model.FieldIds);

    private UserFormViewModel WithErrors(UserFormViewModel model, Outcome<string> result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error);
        }
        return model;
    }

    private async Task<UserFormViewModel> WithOptionsAsync(UserFormViewModel model)
    {
        model.AvailableRoles = await db.Roles.OrderByDescending(r => r.IsBuiltIn).ThenBy(r => r.Name).Select(r => r.Name!).ToListAsync();
        model.AvailableFields = await db.Fields.OrderBy(f => f.SortOrder).Select(f => new FieldOption(f.Id, f.Name)).ToListAsync();
        return model;
    }
}
