using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Identity;
using Portal.Web.ViewModels;

namespace Portal.Web.Controllers;

/// <summary>
/// One-time page that creates the operator's account when none was configured. It exists only on the
/// host tenant and only while that tenant has no user at all.
/// </summary>
[Route("setup")]
[AllowAnonymous]
public sealed class SetupController(ITenantContext tenant, UserManager<PortalUser> users, IAuditTrail audit) : Controller
{
    private async Task<bool> IsOpenAsync() => tenant.Tenant.IsHost && !await users.Users.AnyAsync();

    [HttpGet("")]
    public async Task<IActionResult> Index() => await IsOpenAsync() ? View(new SetupViewModel()) : NotFound();

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index(SetupViewModel model)
    {
        if (!await IsOpenAsync())
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var user = new PortalUser { UserName = model.UserName.Trim(), Email = model.Email, FullName = model.FullName.Trim(), CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, model.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, BuiltInRoles.Administrator);
        }
        if (!result.Succeeded)
        {
            if (user.Id is not null && await users.FindByIdAsync(user.Id) is { } created)
            {
                // A half-made operator account left behind would block the setup page for good: failing loudly is better.
                (await users.DeleteAsync(created)).ThrowIfFailed("removing the half-created operator account");
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return View(model);
        }
        await audit.RecordAsync(new AuditEntry("Users", "OperatorCreated", user.UserName, "Tạo tài khoản quản trị hệ thống qua trang cài đặt.") { UserNameOverride = user.UserName });
        return Redirect(Url.Content("~/account/login"));
    }
}
