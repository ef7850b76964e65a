using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Core.Localization;

namespace Portal.IntegrationTests.Operations;

/// <summary>The operations pages read in English too: every literal text of their views has an English entry.</summary>
[Collection(OperationsCollection.Name)]
public sealed partial class OperationsTranslationTests(OperationsFactory factory)
{
    [GeneratedRegex("T\\[\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LiteralText();

    [Theory]
    [InlineData("Audit")]
    [InlineData("Jobs")]
    [InlineData("Modules")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        var catalog = new TranslationCatalog([typeof(Portal.Web.PortalModules).Assembly]);
        var english = new CultureInfo("en-US");
        var folder = Path.Combine(FindRoot(), "src", "Portal.Web", "Views", viewFolder);

        var missing = Directory.EnumerateFiles(folder, "*.cshtml")
            .SelectMany(f => LiteralText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Where(text => catalog.Translate(text, english) == text)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task JobsPage_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var client = await factory.AdminClientAsync("xa-dak-plo");

        var html = await client.GetStringAsync("admin/jobs?culture=en-US&ui-culture=en-US");

        Assert.Contains("Run now", html);
        Assert.Contains("Optimise the database", html);
        Assert.DoesNotContain("Chạy ngay", html);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test folder.");
    }
}
