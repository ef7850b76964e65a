using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Data;

/// <summary>Registers DbContexts that live in the current tenant's database.</summary>
public static class TenantDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> as scoped, bound to the scope's tenant, and its migrations
    /// to run in each tenant (where <paramref name="moduleId"/> is enabled, when given).
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string? moduleId)
        where TContext : DbContext
    {
        var historyTable = "__Migrations_" + (moduleId ?? "Core").Replace('.', '_');
        services.AddDbContext<TContext>((sp, options) =>
        {
            var tenant = sp.GetRequiredService<ITenantContext>().Tenant;
            sp.GetRequiredService<ITenantDatabaseProvider>().Configure(options, tenant, historyTable);
        });
        services.AddSingleton(new TenantSchema(typeof(TContext), moduleId, historyTable));
        return services;
    }
}
