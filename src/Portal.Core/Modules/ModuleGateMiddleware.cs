using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Modules;

/// <summary>Answers 404 for endpoints of modules that the current tenant has switched off.</summary>
public sealed class ModuleGateMiddleware(RequestDelegate next, ModuleCatalog catalog)
{
    public Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && tenant.HasTenant && !catalog.IsEnabled(module.ModuleId, tenant.Tenant.EnabledModules))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
