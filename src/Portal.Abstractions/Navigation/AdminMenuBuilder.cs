namespace Portal.Abstractions.Navigation;

/// <summary>Collects the admin menu entries of one module.</summary>
public sealed class AdminMenuBuilder(string moduleId)
{
    private readonly List<AdminMenuItem> _items = [];

    /// <summary>The entries added so far.</summary>
    public IReadOnlyList<AdminMenuItem> Items => _items;

    /// <summary>Adds an entry owned by the module being built.</summary>
    public AdminMenuBuilder Add(AdminMenuItem item)
    {
        _items.Add(item with { ModuleId = moduleId });
        return this;
    }
}
