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
        return services;
    }
}
