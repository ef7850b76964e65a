using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Localization;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>The content admin reads in English too: view texts, type names, field labels and permissions have English entries.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ContentTranslationTests(PortalFactory factory)
{
    [GeneratedRegex("T\\[\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex LiteralText();

    private static readonly CultureInfo English = new("en-US");

    private static TranslationCatalog Catalog => new([typeof(Portal.Web.PortalModules).Assembly]);

    [Fact]
    public void EveryLiteralTextOfTheContentViews_ShouldHaveAnEnglishEntry()
    {
        var folder = Path.Combine(FindRoot(), "src", "Portal.Web", "Views", "Content");
        var missing = Directory.EnumerateFiles(folder, "*.cshtml")
            .SelectMany(f => LiteralText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .Where(text => Catalog.Translate(text, English) == text && text != "Banner")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryTypeFieldAndPermission_ShouldHaveAnEnglishName()
    {
        var texts = ContentTypes.All.SelectMany(t => new[] { t.DisplayName, t.SummaryLabel, t.BodyLabel }.OfType<string>().Concat(t.AllFields.Select(f => f.Label)))
            .Concat(ContentPermissions.All.Select(p => p.DisplayName));

        var missing = texts.Distinct().Where(text => Catalog.Translate(text, English) == text && text != "Banner").ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task ContentList_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var admin = await factory.AsAsync("quantri");

        var html = await admin.GetStringAsync("admin/content?culture=en-US&ui-culture=en-US");

        Assert.Contains("All types", html);
        Assert.Contains("News and articles", html);
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
