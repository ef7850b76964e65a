using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;

namespace Portal.Core.Identity;

/// <summary>Requirement behind the "Permission:X" policies.</summary>
public sealed record PermissionRequirement(string PermissionName) : IAuthorizationRequirement;

/// <summary>Builds a policy for each "Permission:X" name on demand, so modules need not register policies.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[RequirePermissionAttribute.PolicyPrefix.Length..]))
                .Build();
        }
        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>Grants a permission requirement when one of the user's roles holds the permission.</summary>
public sealed class PermissionHandler(IPermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.HasPermissionAsync(context.User, requirement.PermissionName))
        {
            context.Succeed(requirement);
        }
    }
}
