using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Identity.Admin;
using Portal.CoreAdmin.ViewModels.Roles;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>The tenant's roles and what each may do.</summary>
[Route("admin/roles")]
[RequirePermission(nameof(CorePermissions.ManageRoles))]
[ModuleController(CoreAdminModule.Id)]
public sealed class RolesController(TenantDbContext db, RoleAdministration admin) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var editable = admin.EditablePermissions().Select(p => p.Name).ToList();
        var roles = await db.Roles.AsNoTracking().Select(r => new
        {
            r.Id,
            r.Name,
            r.Description,
            r.IsBuiltIn,
            Users = db.UserRoles.Count(ur => ur.RoleId == r.Id),
            Permissions = db.RoleClaims.Count(c => c.RoleId == r.Id && c.ClaimType == PermissionClaim.Type && editable.Contains(c.ClaimValue!)),
        }).ToListAsync();
        var order = BuiltInRoles.All.ToList();
        return View(roles
            .OrderBy(r => order.IndexOf(r.Name!) is var i && i < 0 ? int.MaxValue : i).ThenBy(r => r.Name)
            .Select(r => new RoleRowViewModel
            {
                Id = r.Id,
                Name = r.Name!,
                Description = r.Description,
                IsBuiltIn = r.IsBuiltIn,
                UserCount = r.Users,
                PermissionCount = r.Name == BuiltInRoles.Administrator ? null : r.Permissions,
            }).ToList());
    }

    [HttpGet("matrix")]
    public async Task<IActionResult> Matrix()
    {
        var permissions = admin.EditablePermissions();
        var all = permissions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var roles = await db.Roles.AsNoTracking().Select(r => new { r.Id, Name = r.Name! }).ToListAsync();
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == PermissionClaim.Type).Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync();
        var order = BuiltInRoles.All.ToList();
        var sorted = roles.OrderBy(r => order.IndexOf(r.Name) is var i && i < 0 ? int.MaxValue : i).ThenBy(r => r.Name).ToList();
        return View(new RoleMatrixViewModel
        {
            Roles = sorted.Select(r => r.Name).ToList(),
            Groups = permissions.GroupBy(p => p.Group).ToList(),
            Granted = sorted.ToDictionary(r => r.Name, r => (IReadOnlySet<string>)(r.Name == BuiltInRoles.Administrator
                ? all
                : claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).ToHashSet(StringComparer.Ordinal))),
        });
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new RoleCreateViewModel());

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(RoleCreateViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var result = await admin.CreateAsync(model.Name, model.Description);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error);
            }
            return View(model);
        }
        Flash($"Đã tạo vai trò “{model.Name.Trim()}”; hãy chọn các quyền cho vai trò.");
        return Redirect(Url.Content($"~/admin/roles/{result.Value}/permissions"));
    }

    [HttpGet("{id}/permissions")]
    public async Task<IActionResult> Permissions(string id)
    {
        var model = await LoadAsync(id);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id}/permissions")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Permissions(string id, List<string> permissions)
    {
        var result = await admin.SetPermissionsAsync(User, id, permissions);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error);
            }
            return View(await LoadAsync(id));
        }
        Flash("Đã lưu phân quyền.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id)
    {
        var result = await admin.DeleteAsync(id);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            Flash("Đã xóa vai trò.");
        }
        else
        {
            TempData.FlashErrors(result.Errors);
        }
        return RedirectToAction(nameof(Index));
    }

    private async Task<RolePermissionsViewModel?> LoadAsync(string id)
    {
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (role is null)
        {
            return null;
        }
        var granted = await db.RoleClaims.Where(c => c.RoleId == id && c.ClaimType == PermissionClaim.Type).Select(c => c.ClaimValue!).ToListAsync();
        var isAdministrator = role.Name == BuiltInRoles.Administrator;
        var permissions = admin.EditablePermissions();
        return new RolePermissionsViewModel
        {
            Id = role.Id,
            Name = role.Name!,
            IsBuiltIn = role.IsBuiltIn,
            IsAdministrator = isAdministrator,
            Groups = permissions.GroupBy(p => p.Group).ToList(),
            Granted = isAdministrator ? permissions.Select(p => p.Name).ToHashSet() : granted.ToHashSet(),
        };
    }
}
