using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;

namespace Portal.Core.Modules;

/// <summary>
/// Adds a module to the container. The <see cref="ModuleCatalog"/> is built from every registered
/// <see cref="ModuleStartup"/> when the container starts, so a module added after the host's own list
/// (a test module, a module from a deployment-specific package) is seen everywhere the host's are.
/// </summary>
public static class ModuleRegistrationExtensions
{
    public static IServiceCollection AddPortalModule(this IServiceCollection services, ModuleStartup module)
    {
        services.AddSingleton(module);
        module.ConfigureServices(services);
        foreach (var job in module.RecurringJobs)
        {
            services.AddScoped(job.JobType);
        }
        AddApplicationParts(services, module.GetType().Assembly);
        return services;
    }

    /// <summary>
    /// The module's controllers and compiled views join MVC now, while the container is being built: parts added once
    /// MVC has started are not all seen (the compiled views of a Razor class library are read when the view engine
    /// is first built). AddMvcCore is idempotent and keeps one ApplicationPartManager for the host's later AddControllersWithViews.
    /// </summary>
    private static void AddApplicationParts(IServiceCollection services, Assembly assembly) =>
        services.AddMvcCore().ConfigureApplicationPartManager(manager =>
        {
            var factory = ApplicationPartFactory.GetApplicationPartFactory(assembly);
            foreach (var part in factory.GetApplicationParts(assembly))
            {
                if (!manager.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
}
