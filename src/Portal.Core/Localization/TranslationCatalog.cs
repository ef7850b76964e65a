using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Portal.Core.Localization;

/// <summary>
/// Vietnamese is the source language: texts are written in Vietnamese in code and views, and each
/// assembly may embed "Localization/en.json" mapping them to English. Missing entries fall back to Vietnamese.
/// </summary>
public sealed class TranslationCatalog
{
    private readonly Dictionary<string, Dictionary<string, string>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public TranslationCatalog(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && n.Contains(".Localization.", StringComparison.Ordinal)))
            {
                var culture = Path.GetFileNameWithoutExtension(resource).Split('.').Last();
                using var stream = assembly.GetManifestResourceStream(resource)!;
                var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
                if (!_byCulture.TryGetValue(culture, out var table))
                {
                    _byCulture[culture] = table = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                foreach (var (key, value) in entries)
                {
                    table[key.Normalize()] = value;
                }
            }
        }
    }

    public IReadOnlyDictionary<string, string>? For(CultureInfo culture) =>
        _byCulture.GetValueOrDefault(culture.TwoLetterISOLanguageName);

    public string Translate(string text, CultureInfo culture) =>
        For(culture) is { } table && table.TryGetValue(text.Normalize(), out var translated) ? translated : text;
}
