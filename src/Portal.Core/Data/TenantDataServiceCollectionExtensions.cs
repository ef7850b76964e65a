using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Core.Data;

/// <summary>Registers DbContexts that live in the current tenant's database.</summary>
public static class TenantDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> as scoped, bound to the scope's tenant, and its migrations
    /// to run in each tenant (where <paramref name="moduleId"/> is enabled, when given). Every context registered
    /// here is built on the scope's one connection (<see cref="TenantUnitOfWork.Connection"/>) and joins the scope's
    /// transaction, whether it is created before or after <see cref="TenantUnitOfWork.BeginAsync"/>: the
    /// framework's and the modules' tables commit together without the module doing anything.
    /// </summary>
    /// <param name="historyTable">The migrations history table; by default one per module (the framework's: "__Migrations_Core"),
    /// so a second framework context needs its own.</param>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string? moduleId, string? historyTable = null)
        where TContext : DbContext
    {
        historyTable ??= "__Migrations_" + (moduleId ?? "Core").Replace('.', '_');
        services.TryAddScoped<TenantUnitOfWork>();
        services.AddDbContext<TContext>((sp, options) =>
            sp.GetRequiredService<ITenantDatabaseProvider>().Configure(options, sp.GetRequiredService<TenantUnitOfWork>().Connection, historyTable));
        // The context is made here rather than by AddDbContext's own registration, so that it joins the unit of work as it is created.
        services.Replace(ServiceDescriptor.Scoped(sp => sp.GetRequiredService<TenantUnitOfWork>().Join(ActivatorUtilities.CreateInstance<TContext>(sp))));
        services.AddSingleton(new TenantSchema(typeof(TContext), moduleId, historyTable));
        return services;
    }
}
