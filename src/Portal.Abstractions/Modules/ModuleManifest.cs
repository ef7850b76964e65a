namespace Portal.Abstractions.Modules;

/// <summary>Identity of a module: its id (also its MVC area name), its names and what it needs.</summary>
/// <param name="Id">Stable id, stored in each tenant's enabled-module list.</param>
/// <param name="Name">Vietnamese display name.</param>
/// <param name="Description">Vietnamese description shown on the modules page.</param>
/// <param name="EnabledByDefault">Whether a new tenant gets the module switched on.</param>
/// <param name="AlwaysEnabled">Framework features that a tenant cannot switch off.</param>
/// <param name="Dependencies">Ids of modules that must be enabled first.</param>
public sealed record ModuleManifest(
    string Id,
    string Name,
    string Description,
    bool EnabledByDefault = true,
    bool AlwaysEnabled = false,
    IReadOnlyList<string>? Dependencies = null)
{
    /// <summary>Ids of the modules this one needs; never null.</summary>
    public IReadOnlyList<string> DependsOn => Dependencies ?? [];
}
