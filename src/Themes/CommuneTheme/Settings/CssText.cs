using System.Globalization;
using System.Text;

namespace CommuneTheme.Settings;

/// <summary>Writes a value into a CSS string inside a &lt;style&gt; element, where HTML entities are not decoded.</summary>
public static class CssText
{
    /// <summary>
    /// The address as the body of a double-quoted CSS string: letters, digits and the characters of a URL stay; anything
    /// else (quotes, backslashes, angle brackets, line breaks) becomes a CSS escape, so nothing can end the string or
    /// the element, whatever the settings' own check let through.
    /// </summary>
    public static string Url(string url)
    {
        var text = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (char.IsAsciiLetterOrDigit(c) || "-._~:/?#@!$&*+,;=%[]".Contains(c))
            {
                text.Append(c);
            }
            else
            {
                text.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
        }
        return text.ToString();
    }
}
