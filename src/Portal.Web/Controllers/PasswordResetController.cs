using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Email;
using Portal.Core.Identity;
using Portal.Core.Security.RateLimiting;
using Portal.Web.ViewModels.Account;

namespace Portal.Web.Controllers;

/// <summary>
/// Forgotten passwords: a reset link by email. The answer is the same, and as quick, whether or not the
/// account exists, so the form cannot be used to find out who has an account.
/// </summary>
[AllowAnonymous]
[Route("account")]
public sealed class PasswordResetController(
    UserManager<PortalUser> users,
    TenantDbContext db,
    TimeProvider clock,
    BackgroundEmail mail,
    ITenantContext tenant,
    AccountThrottle throttle,
    IAuditTrail audit) : Controller
{
    private static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(2);

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("forgot-password")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        if (throttle.TryAttempt(tenant.Tenant, "forgot", model.UserNameOrEmail) is { } wait)
        {
            return new TooManyRequestsPage(wait);
        }
        var user = await FindAsync(model.UserNameOrEmail.Trim());
        if (user is { IsActive: true } && !string.IsNullOrEmpty(user.Email) && !await SentRecentlyAsync(user))
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = $"{PublicOrigin()}{Request.PathBase}/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={token}";
            // Queued, not sent while the visitor waits: a mail server's delay would tell an account that exists from
            // one that does not. A failed message is logged by the queue; the visitor sees the neutral answer anyway.
            mail.Enqueue(user.Email, $"Đặt lại mật khẩu - {tenant.Tenant.DisplayName}", Body(user, link));
            await audit.RecordAsync(new AuditEntry("Security", "PasswordResetRequested", user.UserName, "Gửi liên kết đặt lại mật khẩu qua thư điện tử.") { UserNameOverride = user.UserName });
        }
        return View("ForgotPasswordSent");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code)
            ? View("ResetPasswordInvalid")
            : View(new ResetPasswordViewModel { UserId = userId, Code = code });

    [HttpPost("reset-password")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        if (throttle.TryAttempt(tenant.Tenant, "reset", model.UserId) is { } wait)
        {
            return new TooManyRequestsPage(wait);
        }
        var user = await users.FindByIdAsync(model.UserId);
        var token = Decode(model.Code);
        var result = user is null || token is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, token, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return View(model);
        }
        await audit.RecordAsync(new AuditEntry("Security", "PasswordResetCompleted", user!.UserName, "Đặt lại mật khẩu bằng liên kết gửi qua thư điện tử.") { UserNameOverride = user.UserName });
        return View("ResetPasswordDone");
    }

    /// <summary>At most one mail per account every few minutes, so the form cannot flood someone's mailbox.</summary>
    private async Task<bool> SentRecentlyAsync(PortalUser user)
    {
        var since = clock.GetUtcNow().UtcDateTime - ResendInterval;
        return await db.AuditEvents.AnyAsync(a => a.Category == "Security" && a.Action == "PasswordResetRequested" && a.Subject == user.UserName && a.TimestampUtc > since);
    }

    /// <summary>By user name first; by email only when exactly one account uses it (emails need not be unique).</summary>
    private async Task<PortalUser?> FindAsync(string userNameOrEmail)
    {
        var byName = await users.FindByNameAsync(userNameOrEmail);
        if (byName is not null || !userNameOrEmail.Contains('@', StringComparison.Ordinal))
        {
            return byName;
        }
        var normalized = users.NormalizeEmail(userNameOrEmail);
        var matches = await users.Users.Where(u => u.NormalizedEmail == normalized).Take(2).ToListAsync();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>A tenant bound to a host name gets links on that name, never on whatever Host header the request carried.</summary>
    private string PublicOrigin() =>
        tenant.Tenant.HostNames.Count > 0 ? "https://" + tenant.Tenant.HostNames[0] : $"{Request.Scheme}://{Request.Host}";

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Body(PortalUser user, string link) =>
        $"""
        <p>Xin chào {WebUtility.HtmlEncode(user.FullName)},</p>
        <p>Có yêu cầu đặt lại mật khẩu cho tài khoản <b>{WebUtility.HtmlEncode(user.UserName)}</b> trên {WebUtility.HtmlEncode(tenant.Tenant.DisplayName)}.</p>
        <p><a href="{WebUtility.HtmlEncode(link)}">Bấm vào đây để đặt mật khẩu mới</a>. Liên kết có hiệu lực trong 1 ngày.</p>
        <p>Nếu không phải bạn yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không thay đổi.</p>
        """;
}
