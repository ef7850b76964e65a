namespace CommuneTheme.Menus;

/// <summary>A menu entry to add: what it links to (a section, an item by its address, or any URL) and its title.</summary>
public sealed class MenuItemInput
{
    public string Title { get; set; } = "";
    /// <summary>"section", "item" or "url".</summary>
    public string Kind { get; set; } = "section";
    public string? SectionSlug { get; set; }
    public string? ItemSlug { get; set; }
    public string? Url { get; set; }
}
