using System.Text.RegularExpressions;

namespace CommuneTheme.Services;

/// <summary>
/// Tables in stored article HTML as the page shows them: each one sits in a scrolling box, so on a phone a wide table
/// scrolls sideways inside its column instead of squeezing its cells until words break in the middle. The box can take
/// the keyboard focus so a reader without a pointer can scroll it too. Only a wrapper is added; the HTML was sanitized
/// when saved.
/// </summary>
public static partial class ContentTables
{
    /// <summary>The class the theme's stylesheet gives the scrolling box.</summary>
    public const string ScrollClass = "table-scroll";

    [GeneratedRegex(@"<table\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTag();

    [GeneratedRegex(@"</table\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingTag();

    public static string? Wrap(string? html)
    {
        if (string.IsNullOrEmpty(html) || !html.Contains("<table", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }
        // Each opening tag gets its box and each closing tag closes it, so nested tables stay balanced.
        var opened = OpeningTag().Replace(html, $"<div class=\"{ScrollClass}\" tabindex=\"0\"><table");
        return ClosingTag().Replace(opened, "</table></div>");
    }
}
