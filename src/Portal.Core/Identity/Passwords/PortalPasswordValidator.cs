using Microsoft.AspNetCore.Identity;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Identity.Passwords;

/// <summary>
/// Identity's password validator for the portal's own rules, run wherever a password is set (setup, the users
/// screen, the user's own change, the emailed reset, a new unit's first administrator): not a common password,
/// not containing the user name or the unit's name.
/// </summary>
public sealed class PortalPasswordValidator(CommonPasswords common, ITenantContext tenant) : IPasswordValidator<PortalUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var errors = new List<IdentityError>();
        if (CommonPasswordRule.IsCommon(password, common))
        {
            errors.Add(new IdentityError { Code = "CommonPassword", Description = CommonPasswordRule.Message });
        }
        if (PersonalPasswordRule.ContainsUserName(password, user.UserName))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = PersonalPasswordRule.UserNameMessage });
        }
        if (PersonalPasswordRule.ContainsUnitName(password, tenant.HasTenant ? tenant.Tenant : null))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUnitName", Description = PersonalPasswordRule.UnitNameMessage });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
