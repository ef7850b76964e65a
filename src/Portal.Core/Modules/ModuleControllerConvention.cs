using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Abstractions.Modules;

namespace Portal.Core.Modules;

/// <summary>Tags each controller with the id of its module (<see cref="ModuleCatalog.ModuleOf"/>), so a disabled module's controllers answer 404.</summary>
public sealed class ModuleControllerConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var module = catalog.ModuleOf(controller.ControllerType);
        if (module is null)
        {
            return;
        }
        foreach (var selector in controller.Selectors)
        {
            selector.EndpointMetadata.Add(new ModuleEndpointMetadata(module.Manifest.Id));
        }
    }
}
