using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;

namespace Portal.Abstractions.Modules;

/// <summary>
/// The single entry point of a module: everything the module adds to the host is declared here.
/// Services are registered once for the whole process; the tenant's enabled-module list decides
/// whether the module's endpoints, menu entries and jobs are live for a given tenant.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Id, names and dependencies.</summary>
    public abstract ModuleManifest Manifest { get; }

    /// <summary>Registers the module's services, DbContexts and migrations.</summary>
    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>Maps minimal-API endpoints; they answer 404 in tenants where the module is disabled.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Permissions the module defines; they appear in the role editor.</summary>
    public virtual IEnumerable<Permission> Permissions => [];

    /// <summary>Admin navigation entries; shown only where the module is enabled and the user holds the permission.</summary>
    public virtual void BuildAdminMenu(AdminMenuBuilder menu) { }

    /// <summary>Recurring jobs the module wants in every tenant where it is enabled.</summary>
    public virtual IEnumerable<RecurringJobDefinition> RecurringJobs => [];

    /// <summary>Called in a tenant scope after the module's migrations ran for a tenant that enabled it.</summary>
    public virtual Task OnEnabledAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) => Task.CompletedTask;
}
