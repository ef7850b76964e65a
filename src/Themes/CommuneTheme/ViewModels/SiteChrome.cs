using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

/// <summary>What every public page shows around its content: name, contacts and the main menu.</summary>
public sealed class SiteChrome
{
    public required string SiteName { get; init; }
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<MenuItem> MainMenu { get; init; } = [];
    public CommuneTheme.Settings.ThemeSettings Theme { get; init; } = new();

    public string? Setting(string key) => Settings.TryGetValue(key, out var value) ? value : null;
}
