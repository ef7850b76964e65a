using System.Text.RegularExpressions;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// The Content-Security-Policy allows no inline event handler, no style attribute and no javascript: address, and
/// gives inline scripts and style elements a nonce only through the tag helper: the views and scripts must keep to it.
/// </summary>
public sealed partial class CspMarkupTests
{
    [GeneratedRegex("""\son[a-z]+\s*=\s*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex("""\sstyle\s*=\s*["'@]""", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("""(href|src|action)\s*=\s*["']\s*javascript:""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptAddress();

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(ViewTranslations.RepositoryRoot(), "src"), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void ViewsAndScripts_ShouldHaveNoInlineHandlerStyleAttributeOrScriptAddress()
    {
        var offences = Files("*.cshtml").Concat(Files("*.js"))
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => InlineHandler().IsMatch(l.line) || StyleAttribute().IsMatch(l.line) || ScriptAddress().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(ViewTranslations.RepositoryRoot(), l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void EveryViewImports_ShouldRegisterTheNonceTagHelper()
    {
        // A folder's _ViewImports adds to those of the folders above it.
        var files = Files("_ViewImports.cshtml").ToList();
        static bool Registers(string file) => File.ReadAllText(file).Contains("@addTagHelper *, Portal.Core", StringComparison.Ordinal);
        var missing = files
            .Where(file => !Registers(file) && !files.Any(other => other != file && Registers(other)
                && Path.GetDirectoryName(file)!.StartsWith(Path.GetDirectoryName(other)! + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(missing);
    }
}
