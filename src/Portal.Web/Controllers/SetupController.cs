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
public sealed class SetupController(ITenantContext tenant, UserManager<PortalUser> users, UserAccounts accounts, IAuditTrail audit) : Controller
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
        // One transaction: a refusal leaves no half-made operator account behind to block this page for good.
        var created = await accounts.CreateAsync(new NewAccount(model.UserName.Trim(), model.FullName.Trim(), model.Email, model.Password, [BuiltInRoles.Administrator])
        {
            EmailConfirmed = false,
        });
        if (created.Value is not { } user)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("", error);
            }
            return View(model);
        }
        await audit.RecordAsync(new AuditEntry("Users", "OperatorCreated", user.UserName, "Tạo tài khoản quản trị hệ thống qua trang cài đặt.") { UserNameOverride = user.UserName });
        return Redirect(Url.Content("~/account/login"));
    }
}
