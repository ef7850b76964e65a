using System.Reflection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;

namespace Portal.Core.Modules;

/// <summary>The modules the host was built with, in the order the host listed them.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, List<ModuleStartup>> _byAssembly = [];

    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        Modules = modules.ToList();
        foreach (var module in Modules)
        {
            var assembly = module.GetType().Assembly;
            if (!_byAssembly.TryGetValue(assembly, out var declared))
            {
                _byAssembly[assembly] = declared = [];
            }
            declared.Add(module);
        }
        var duplicate = Modules.GroupBy(m => m.Manifest.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Module id '{duplicate.Key}' is registered twice.");
        }
        Permissions = Modules.SelectMany(m => m.Permissions).ToList();
        _recurringJobTypes = Modules.SelectMany(m => m.RecurringJobs)
            .GroupBy(j => j.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().JobType, StringComparer.Ordinal);
        AdminMenu = Modules.SelectMany(m =>
        {
            var builder = new AdminMenuBuilder(m.Manifest.Id);
            m.BuildAdminMenu(builder);
            return builder.Items;
        }).ToList();
    }

    private readonly Dictionary<string, Type> _recurringJobTypes;

    public IReadOnlyList<ModuleStartup> Modules { get; }

    public IReadOnlyList<Permission> Permissions { get; }

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; }

    public ModuleStartup? Find(string id) =>
        Modules.FirstOrDefault(m => string.Equals(m.Manifest.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The module that owns <paramref name="controller"/>: the one its <see cref="ModuleControllerAttribute"/> names,
    /// else the only module its assembly declares; null for a controller of an assembly that declares none (the host's
    /// own pages, which are always on).
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The attribute names a module the host was not built with, or the controller's assembly declares several modules
    /// and the controller does not say which one it belongs to.
    /// </exception>
    public ModuleStartup? ModuleOf(Type controller)
    {
        if (controller.GetCustomAttribute<ModuleControllerAttribute>(inherit: true) is { } tag)
        {
            return Find(tag.ModuleId) ?? throw new InvalidOperationException(
                $"Controller {controller.FullName} is tagged with module '{tag.ModuleId}', which is not one of the host's modules ({string.Join(", ", Modules.Select(m => m.Manifest.Id))}).");
        }
        var declared = _byAssembly.GetValueOrDefault(controller.Assembly);
        return declared switch
        {
            null => null,
            [var only] => only,
            _ => throw new InvalidOperationException(
                $"Controller {controller.FullName} has no [ModuleController] attribute, and its assembly {controller.Assembly.GetName().Name} declares several modules ({string.Join(", ", declared.Select(m => m.Manifest.Id))}); tag it with the one it belongs to."),
        };
    }

    /// <summary>Finds the module of every controller once, so a controller that cannot be placed stops the host at start-up.</summary>
    /// <exception cref="InvalidOperationException">See <see cref="ModuleOf"/>.</exception>
    public void CheckControllers(IEnumerable<Type> controllers)
    {
        foreach (var controller in controllers)
        {
            ModuleOf(controller);
        }
    }

    /// <summary>
    /// The type that runs the recurring job named <paramref name="jobName"/>, as its module declares it today. A job row
    /// also stores its type's assembly-qualified name, which goes stale when a job moves to another project.
    /// </summary>
    public Type? RecurringJobType(string jobName) => _recurringJobTypes.GetValueOrDefault(jobName);

    /// <summary>Modules a tenant gets when none are chosen: the always-on ones and those enabled by default.</summary>
    public IEnumerable<string> DefaultEnabled =>
        Modules.Where(m => m.Manifest.AlwaysEnabled || m.Manifest.EnabledByDefault).Select(m => m.Manifest.Id);

    /// <summary>True when the module is on for a tenant (always-on modules are on everywhere).</summary>
    public bool IsEnabled(string moduleId, IReadOnlySet<string> enabled)
    {
        var module = Find(moduleId);
        return module is not null && (module.Manifest.AlwaysEnabled || enabled.Contains(module.Manifest.Id));
    }
}
