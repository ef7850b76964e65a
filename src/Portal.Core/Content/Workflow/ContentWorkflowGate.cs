using Portal.Abstractions.Tenancy;
using Portal.Core.Modules;

namespace Portal.Core.Content.Workflow;

/// <summary>The content flow of the current tenant: the registered <see cref="IContentWorkflow"/> whose module it enabled, or none.</summary>
public sealed class ContentWorkflowGate(IEnumerable<IContentWorkflow> workflows, ITenantContext tenant, ModuleCatalog catalog)
{
    /// <summary>The active flow, or null when the plain transitions apply.</summary>
    public IContentWorkflow? Active =>
        workflows.FirstOrDefault(w => catalog.IsEnabled(w.ModuleId, tenant.Tenant.EnabledModules));
}
