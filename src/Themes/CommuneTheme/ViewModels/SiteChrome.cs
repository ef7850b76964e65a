using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

/// <summary>What every public page shows around its content: name, contacts and the main menu.</summary>
public sealed record SiteChrome
{
    public required string SiteName { get; init; }
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
    /// <summary>Top-level entries of the main menu, in order.</summary>
    public IReadOnlyList<MenuItem> MainMenu { get; init; } = [];
    /// <summary>Sub-entries by parent id, in order.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<MenuItem>> SubMenus { get; init; } = new Dictionary<int, IReadOnlyList<MenuItem>>();
    public CommuneTheme.Settings.ThemeSettings Theme { get; init; } = new();
    /// <summary>The unit's own Liquid templates, rendered and sanitized, by slot.</summary>
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<MenuItem> ChildrenOf(MenuItem item) => SubMenus.TryGetValue(item.Id, out var children) ? children : [];

    public string? Setting(string key) => Settings.TryGetValue(key, out var value) ? value : null;
}
