using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Abstractions.Modules;

namespace Portal.Core.Modules;

/// <summary>Tags each controller that a module's assembly defines with the module's id.</summary>
public sealed class ModuleControllerConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var module = catalog.FindByType(controller.ControllerType);
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
