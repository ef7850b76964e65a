using System.Reflection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;

namespace Portal.Core.Modules;

/// <summary>The modules the host was built with, in the order the host listed them.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleStartup> _byAssembly = [];

    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        Modules = modules.ToList();
        foreach (var module in Modules)
        {
            _byAssembly.TryAdd(module.GetType().Assembly, module);
        }
        var duplicate = Modules.GroupBy(m => m.Manifest.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Module id '{duplicate.Key}' is registered twice.");
        }
        Permissions = Modules.SelectMany(m => m.Permissions).ToList();
        AdminMenu = Modules.SelectMany(m =>
        {
            var builder = new AdminMenuBuilder(m.Manifest.Id);
            m.BuildAdminMenu(builder);
            return builder.Items;
        }).ToList();
    }

    public IReadOnlyList<ModuleStartup> Modules { get; }

    public IReadOnlyList<Permission> Permissions { get; }

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; }

    public ModuleStartup? Find(string id) =>
        Modules.FirstOrDefault(m => string.Equals(m.Manifest.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The module whose assembly defines <paramref name="type"/> (a controller), if any.</summary>
    public ModuleStartup? FindByType(Type type) => _byAssembly.GetValueOrDefault(type.Assembly);

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
