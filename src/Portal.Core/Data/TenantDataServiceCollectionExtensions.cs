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
    /// <param name="historyTable">The migrations history table; by default one per module (the framework's: "__Migrations_Core"),
    /// so a second framework context needs its own.</param>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string? moduleId, string? historyTable = null)
        where TContext : DbContext
    {
        historyTable ??= "__Migrations_" + (moduleId ?? "Core").Replace('.', '_');
        services.AddDbContext<TContext>((sp, options) =>
        {
            var tenant = sp.GetRequiredService<ITenantContext>().Tenant;
            sp.GetRequiredService<ITenantDatabaseProvider>().Configure(options, tenant, historyTable);
        });
        services.AddSingleton(new TenantSchema(typeof(TContext), moduleId, historyTable));
        return services;
    }
}
