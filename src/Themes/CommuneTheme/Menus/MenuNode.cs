namespace CommuneTheme.Menus;

/// <summary>One entry as the editor posts it: the list order is the display order within each parent.</summary>
public sealed record MenuNode(int Id, int? ParentId);
