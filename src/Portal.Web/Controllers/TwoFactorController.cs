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

/// <summary>The second step of sign-in for accounts with an authenticator app (TOTP).</summary>
[Route("account")]
public sealed class TwoFactorController(SignInManager<PortalUser> signInManager, AccountThrottle throttle, ITenantContext tenant, IAuditTrail audit) : Controller
{
    [HttpGet("login-2fa")]
    [AllowAnonymous]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl, bool rememberMe)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(AccountController.Login), "Account");
        }
        return View(new LoginWith2faViewModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("login-2fa")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> LoginWith2fa(LoginWith2faViewModel model)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(AccountController.Login), "Account");
        }
        if (throttle.TryAttempt(tenant.Tenant, "2fa", user.Id) is { } wait)
        {
            return new TooManyRequestsPage(wait);
        }
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var code = model.Code.Replace(" ", "", StringComparison.Ordinal);
        // Six digits come from the authenticator app; anything else is treated as a one-time recovery code.
        var isRecoveryCode = !IsAuthenticatorCode(code.Replace("-", "", StringComparison.Ordinal));
        var result = isRecoveryCode
            ? await signInManager.TwoFactorRecoveryCodeSignInAsync(code)
            : await signInManager.TwoFactorAuthenticatorSignInAsync(code.Replace("-", "", StringComparison.Ordinal), model.RememberMe, model.RememberMachine);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEntry("Security", "LoginSucceeded", user.UserName,
                isRecoveryCode ? "Đăng nhập thành công bằng mã khôi phục." : "Đăng nhập thành công (xác thực hai lớp).") { UserNameOverride = user.UserName });
            return LocalRedirect(!string.IsNullOrEmpty(model.ReturnUrl) && Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : Url.Content("~/admin"));
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEntry("Security", "LockedOut", user.UserName, "Tài khoản bị khóa do nhập sai mã xác thực nhiều lần.") { UserNameOverride = user.UserName });
            ModelState.AddModelError("", "Tài khoản đã bị khóa tạm thời do nhập sai nhiều lần.");
            return View(model);
        }
        await audit.RecordAsync(new AuditEntry("Security", "LoginFailed", user.UserName, isRecoveryCode ? "Sai mã khôi phục." : "Sai mã xác thực hai lớp.") { UserNameOverride = user.UserName });
        ModelState.AddModelError(nameof(model.Code), isRecoveryCode ? "Mã khôi phục không đúng hoặc đã được dùng." : "Mã xác thực không đúng.");
        return View(model);
    }

    private static bool IsAuthenticatorCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
