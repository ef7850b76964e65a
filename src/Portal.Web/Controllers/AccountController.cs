using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Audit;
using Portal.Core.Identity;
using Portal.Web.ViewModels;

namespace Portal.Web.Controllers;

/// <summary>Sign-in and sign-out of the current tenant; every attempt is written to the audit trail.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signInManager,
    UserManager<PortalUser> userManager,
    IAuditTrail audit) : Controller
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var user = await userManager.FindByNameAsync(model.UserName.Trim());
        if (user is { IsActive: false })
        {
            await audit.RecordAsync(new AuditEntry("Security", "LoginRefused", model.UserName, "Tài khoản đã bị vô hiệu hóa.") { UserNameOverride = model.UserName });
            ModelState.AddModelError("", "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị.");
            return View(model);
        }

        var result = await signInManager.PasswordSignInAsync(model.UserName.Trim(), model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEntry("Security", "LoginSucceeded", model.UserName, "Đăng nhập thành công.") { UserNameOverride = model.UserName });
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactorController.LoginWith2fa), "TwoFactor", new { returnUrl = model.ReturnUrl, rememberMe = model.RememberMe });
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEntry("Security", "LockedOut", model.UserName, "Tài khoản bị khóa tạm thời do đăng nhập sai nhiều lần.") { UserNameOverride = model.UserName });
            ModelState.AddModelError("", "Tài khoản đã bị khóa tạm thời do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
            return View(model);
        }
        await audit.RecordAsync(new AuditEntry("Security", "LoginFailed", model.UserName, "Sai tên đăng nhập hoặc mật khẩu.") { UserNameOverride = model.UserName });
        ModelState.AddModelError("", "Tên đăng nhập hoặc mật khẩu không đúng.");
        return View(model);
    }

    [HttpPost("logout")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await audit.RecordAsync(new AuditEntry("Security", "Logout", User.Identity?.Name, "Đăng xuất."));
        await signInManager.SignOutAsync();
        return LocalRedirect("~/");
    }

    [HttpGet("access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/admin");
}
