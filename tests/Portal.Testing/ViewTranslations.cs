using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Core.Localization;

namespace Portal.Testing;

/// <summary>Finds the literal T["…"] texts of a view folder (or of C# sources) that have no English entry.</summary>
public static partial class ViewTranslations
{
    private static readonly CultureInfo English = new("en-US");

    /// <summary>The catalog the host builds: every embedded Localization/*.en.json of the web, admin feature, theme and module assemblies.</summary>
    public static TranslationCatalog Catalog { get; } = new([typeof(Portal.Web.PortalModules).Assembly, typeof(Portal.CoreAdmin.CoreAdminModule).Assembly, typeof(Portal.ContentAdmin.ContentAdminModule).Assembly, typeof(Portal.SearchAdmin.SearchAdminModule).Assembly, typeof(CommuneTheme.Startup).Assembly, typeof(Editorial.Approval.Startup).Assembly]);

    public static bool IsTranslated(string text) => Catalog.Translate(text, English) != text;

    /// <param name="viewFolder">Path below the repository root, e.g. "src/Admin/Portal.CoreAdmin/Views/Jobs".</param>
    /// <param name="sameInBothLanguages">Words written alike in Vietnamese and English ("Banner").</param>
    public static List<string> Missing(string viewFolder, params string[] sameInBothLanguages) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), viewFolder), "*.cshtml")
            .SelectMany(f => LiteralText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Where(text => !IsTranslated(text) && !sameInBothLanguages.Contains(text))
            .ToList();

    /// <summary>The same for the C# sources below <paramref name="codeFolder"/> (services' and controllers' messages).</summary>
    public static List<string> MissingInCode(string codeFolder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), codeFolder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Where(text => !IsTranslated(text))
            .ToList();

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test folder.");
    }

    [GeneratedRegex("T\\[\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LiteralText();
}
