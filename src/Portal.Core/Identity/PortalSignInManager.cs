using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Core.Identity;

/// <summary>
/// Sign-in that tells an outsider nothing about the accounts: the password is always hashed once — against a dummy
/// hash when the user name is unknown — and checked before anything else, so an unknown, disabled or locked account
/// answers a wrong password exactly as an ordinary one does, in the same time. "Disabled" (NotAllowed) and "locked"
/// are said only to someone who typed the right password.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash of a random password, made once with the configured hasher, to spend on unknown user names.</summary>
    private static string? _dummyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendOneHash(password);
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(PortalUser user, string password, bool lockoutOnFailure)
    {
        if (user.PasswordHash is null)
        {
            SpendOneHash(password);
            return SignInResult.Failed;
        }
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            // Counting failures only while the account can still sign in keeps a locked account's count as it was.
            if (lockoutOnFailure && UserManager.SupportsUserLockout && await CanSignInAsync(user) && !await UserManager.IsLockedOutAsync(user))
            {
                if (await UserManager.AccessFailedAsync(user) is { Succeeded: false } notCounted)
                {
                    Logger.LogWarning("A failed sign-in of {User} was not counted: {Errors}", user.Id, string.Join(" ", notCounted.Errors.Select(e => e.Description)));
                }
            }
            return SignInResult.Failed;
        }
        if (!await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }
        if (UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }
        // As Identity does: failures are forgotten now unless a second factor is still to come (then after it).
        if (UserManager.SupportsUserLockout && (!await UserManager.GetTwoFactorEnabledAsync(user) || await IsTwoFactorClientRememberedAsync(user)))
        {
            if (await UserManager.ResetAccessFailedCountAsync(user) is { Succeeded: false } notReset)
            {
                Logger.LogWarning("The failed sign-in count of {User} was not reset: {Errors}", user.Id, string.Join(" ", notReset.Errors.Select(e => e.Description)));
            }
        }
        return SignInResult.Success;
    }

    /// <summary>A disabled account (kept for the audit trail) cannot sign in, whatever its lockout says.</summary>
    public override async Task<bool> CanSignInAsync(PortalUser user) => user.IsActive && await base.CanSignInAsync(user);

    private void SpendOneHash(string password)
    {
        var dummy = new PortalUser();
        _dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        UserManager.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }
}
