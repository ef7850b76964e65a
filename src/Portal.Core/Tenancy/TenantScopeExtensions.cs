using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Tenancy;

/// <summary>Scopes for work outside a request (jobs, setup, migrations) bound to one tenant.</summary>
public static class TenantScopeExtensions
{
    public static IServiceScope CreateTenantScope(this IServiceScopeFactory factory, TenantDescriptor tenant)
    {
        var scope = factory.CreateScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(tenant);
        return scope;
    }
}
