using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Admin;

/// <summary>
/// Makes the actions exist only on the host tenant. It is an action constraint, not a filter, so a
/// unit site answers 404 during routing — before authorization, which would otherwise let that
/// site's own administrator (who holds every permission of his tenant) through, or reveal the
/// screen by redirecting to a login page.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class HostTenantOnlyAttribute : Attribute, IActionConstraint
{
    public int Order => 0;

    public bool Accept(ActionConstraintContext context) =>
        context.RouteContext.HttpContext.RequestServices.GetRequiredService<ITenantContext>() is { HasTenant: true, Tenant.IsHost: true };
}
