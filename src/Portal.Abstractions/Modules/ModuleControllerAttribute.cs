namespace Portal.Abstractions.Modules;

/// <summary>
/// Names the module a controller belongs to, so its endpoints answer only where that module is enabled. Without it a
/// controller belongs to the one module its assembly declares; an assembly that declares several modules must tag
/// every controller, or the host refuses to start.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ModuleControllerAttribute(string moduleId) : Attribute
{
    /// <summary>The <see cref="ModuleManifest.Id"/> of the owning module.</summary>
    public string ModuleId { get; } = moduleId;
}
