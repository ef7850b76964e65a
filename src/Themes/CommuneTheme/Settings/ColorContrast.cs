using System.Globalization;
using System.Text.RegularExpressions;

namespace CommuneTheme.Settings;

/// <summary>WCAG 2.1 contrast between two sRGB colours, to refuse unreadable theme colours.</summary>
public static partial class ColorContrast
{
    /// <summary>AA for normal text.</summary>
    public const double MinimumForText = 4.5;

    public static bool IsHexColor(string? value) => value is not null && HexPattern().IsMatch(value);

    public static double Ratio(string hexA, string hexB)
    {
        var (a, b) = (Luminance(hexA), Luminance(hexB));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>A darker shade for the menu bar, so it stays distinct from the banner and keeps its contrast.</summary>
    public static string Darken(string hex, double factor)
    {
        var channels = Channels(hex).Select(c => (int)Math.Round(c * (1 - factor))).ToArray();
        return $"#{channels[0]:x2}{channels[1]:x2}{channels[2]:x2}";
    }

    private static double Luminance(string hex)
    {
        var linear = Channels(hex).Select(c => c / 255.0).Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] Channels(string hex) =>
        [.. Enumerable.Range(0, 3).Select(i => int.Parse(hex.AsSpan(1 + i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))];

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexPattern();
}
