using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Web.ViewModels.Account;

namespace Portal.Web.Controllers;

/// <summary>What any signed-in user manages for themselves: password, authenticator app, recovery codes.</summary>
[Authorize]
[Route("account/manage")]
public sealed class ManageController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signInManager,
    ITenantContext tenant,
    IAuditTrail audit,
    TenantDbContext db) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(new ManageIndexViewModel
        {
            UserName = user.UserName!,
            FullName = user.FullName,
            TwoFactorEnabled = user.TwoFactorEnabled,
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        });
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("password")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var user = await CurrentUserAsync();
        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return View(model);
        }
        await audit.RecordAsync(new AuditEntry("Security", "PasswordChanged", user.UserName, "Người dùng tự đổi mật khẩu."));
        // The password change renewed the security stamp; re-issue this browser's cookie so it stays signed in.
        await signInManager.RefreshSignInAsync(user);
        this.Flash("Đã đổi mật khẩu.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> EnableAuthenticator()
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return AlreadyEnabled();
        }
        return View(await WithKeyAsync(user, new EnableAuthenticatorViewModel()));
    }

    [HttpPost("two-factor")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> EnableAuthenticator(EnableAuthenticatorViewModel model)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            // Re-verifying would silently replace the recovery codes the user has stored.
            return AlreadyEnabled();
        }
        if (!ModelState.IsValid)
        {
            return View(await WithKeyAsync(user, model));
        }
        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(model.Code), "Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và thử lại.");
            return View(await WithKeyAsync(user, model));
        }
        (await users.SetTwoFactorEnabledAsync(user, true)).ThrowIfFailed("enabling two-factor");
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(new AuditEntry("Security", "TwoFactorEnabled", user.UserName, "Bật xác thực hai lớp bằng ứng dụng xác thực."));
        await signInManager.RefreshSignInAsync(user);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("two-factor/recovery-codes")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> GenerateRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            this.Flash("Hãy bật xác thực hai lớp trước khi tạo mã khôi phục.");
            return RedirectToAction(nameof(Index));
        }
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await audit.RecordAsync(new AuditEntry("Security", "RecoveryCodesGenerated", user.UserName, "Tạo bộ mã khôi phục mới; các mã cũ hết hiệu lực."));
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpGet("two-factor/disable")]
    public IActionResult DisableTwoFactor() => View(new DisableTwoFactorViewModel());

    [HttpPost("two-factor/disable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DisableTwoFactor(DisableTwoFactorViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var user = await CurrentUserAsync();
        if (!await users.CheckPasswordAsync(user, model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), "Mật khẩu không đúng.");
            return View(model);
        }
        (await users.SetTwoFactorEnabledAsync(user, false)).ThrowIfFailed("disabling two-factor");
        // A fresh key means a phone that still holds the old one is useless if two-factor is turned on again.
        (await users.ResetAuthenticatorKeyAsync(user)).ThrowIfFailed("resetting the authenticator key");
        await audit.RecordAsync(new AuditEntry("Security", "TwoFactorDisabled", user.UserName, "Tắt xác thực hai lớp."));
        await signInManager.RefreshSignInAsync(user);
        this.Flash("Đã tắt xác thực hai lớp.");
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult AlreadyEnabled()
    {
        this.Flash("Xác thực hai lớp đang bật.");
        return RedirectToAction(nameof(Index));
    }

    // Where Identity's user store keeps the authenticator key (UserStoreBase's internal login provider and token name).
    private const string AuthenticatorKeyProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyName = "AuthenticatorKey";

    private async Task<PortalUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task<EnableAuthenticatorViewModel> WithKeyAsync(PortalUser user, EnableAuthenticatorViewModel model)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            var stored = false;
            try
            {
                // The first key replaces none, so no session needs to end: stored as a token, without renewing the
                // security stamp (ResetAuthenticatorKeyAsync would, and a second tab opened at once would be signed out).
                stored = (await users.SetAuthenticationTokenAsync(user, AuthenticatorKeyProvider, AuthenticatorKeyName, users.GenerateNewAuthenticatorKey())).Succeeded;
            }
            catch (DbUpdateException)
            {
                // Handled below, like a concurrency failure the user manager reports as a result.
            }
            if (!stored)
            {
                // The page opened twice at once (two tabs, a double click): the other request stored the first key;
                // show that one instead of failing.
                db.ChangeTracker.Clear();
                user = await CurrentUserAsync();
            }
            key = await users.GetAuthenticatorKeyAsync(user)
                ?? throw new InvalidOperationException("No authenticator key was stored by this request or a concurrent one.");
        }
        model.SharedKey = FormatKey(key!);
        var issuer = Uri.EscapeDataString(tenant.Tenant.DisplayName);
        model.AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={issuer}&digits=6";
        return model;
    }

    /// <summary>Groups of four lowercase characters are easier to type from the screen into a phone.</summary>
    private static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Description);
        }
    }
}
