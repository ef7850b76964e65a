namespace Portal.Abstractions.Admin;

/// <summary>The host's admin shell (menu, flash message, htmx settings) that a module's admin views use as their layout.</summary>
public static class AdminLayout
{
    /// <summary>The layout's name: <c>Layout = AdminLayout.Name;</c> in a view or the module's <c>_ViewStart</c>.</summary>
    public const string Name = "_AdminLayout";
}
