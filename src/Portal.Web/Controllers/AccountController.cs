using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Identity;
using Portal.Core.Security.RateLimiting;
using Portal.Web.ViewModels;

namespace Portal.Web.Controllers;

/// <summary>
/// Sign-in and sign-out of the current tenant; every attempt is written to the audit trail. A wrong password gets
/// the same answer whether the account exists, is disabled or is locked (<see cref="PortalSignInManager"/>); attempts
/// are limited per address (policy) and per account (<see cref="AccountThrottle"/>).
/// </summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signInManager,
    AccountThrottle throttle,
    ITenantContext tenant,
    IAuditTrail audit) : Controller
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var userName = model.UserName.Trim();
        if (throttle.TryAttempt(tenant.Tenant, "login", userName) is { } wait)
        {
            return new TooManyRequestsPage(wait);
        }
        var result = await signInManager.PasswordSignInAsync(userName, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEntry("Security", "LoginSucceeded", userName, "Đăng nhập thành công.") { UserNameOverride = userName });
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactorController.LoginWith2fa), "TwoFactor", new { returnUrl = model.ReturnUrl, rememberMe = model.RememberMe });
        }
        // "Disabled" and "locked" come only after the right password (PortalSignInManager), so they tell an outsider nothing.
        if (result.IsNotAllowed)
        {
            await audit.RecordAsync(new AuditEntry("Security", "LoginRefused", userName, "Tài khoản đã bị vô hiệu hóa.") { UserNameOverride = userName });
            ModelState.AddModelError("", "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị.");
            return View(model);
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEntry("Security", "LockedOut", userName, "Tài khoản bị khóa tạm thời do đăng nhập sai nhiều lần.") { UserNameOverride = userName });
            ModelState.AddModelError("", "Tài khoản đã bị khóa tạm thời do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
            return View(model);
        }
        await audit.RecordAsync(new AuditEntry("Security", "LoginFailed", userName, "Sai tên đăng nhập hoặc mật khẩu.") { UserNameOverride = userName });
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
