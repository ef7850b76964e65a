using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.ViewModels;

/// <summary>The modules the host was built with and whether each is on for the current tenant.</summary>
public sealed class ModulesIndexViewModel
{
    public required IReadOnlyList<ModuleRow> Modules { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public sealed record ModuleRow(ModuleManifest Manifest, bool Enabled, IReadOnlyList<string> DependencyNames);
}
