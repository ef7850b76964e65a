using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>
/// The editor scripts (caption panel, media picker) show their texts in the admin's language: the edit page writes
/// them as a JSON block the scripts read, and every text the scripts show is one of those (Vietnamese as fallback).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class EditorTextsTests(PortalFactory factory)
{
    [GeneratedRegex("""<script type="application/json" id="editor-texts"([^>]*)>(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex TextsBlock();

    // t('key', 'Vietnamese fallback') in the scripts.
    [GeneratedRegex("""\bt\('(\w+)', '([^']*)'\)""")]
    private static partial Regex ScriptText();

    private static readonly string[] Scripts = ["src/Admin/Portal.ContentAdmin/wwwroot/js/content-editor.js", "src/Portal.Web/wwwroot/js/media-picker.js"];

    private static (string Attributes, Dictionary<string, string> Texts) BlockOf(string html)
    {
        var match = TextsBlock().Match(html);
        Assert.True(match.Success, "The page has no editor-texts block.");
        return (match.Groups[1].Value, JsonSerializer.Deserialize<Dictionary<string, string>>(match.Groups[2].Value)!);
    }

    [Fact]
    public async Task EditPage_ShouldCarryTheEditorTextsInEnglish_WhenEnglishIsChosen()
    {
        using var admin = await factory.AsAsync("quantri");

        var english = BlockOf(await admin.GetStringAsync("admin/content/new/Article?culture=en-US&ui-culture=en-US"));
        var vietnamese = BlockOf(await admin.GetStringAsync("admin/content/new/Article"));

        Assert.Contains("nonce=", english.Attributes);
        Assert.Equal("Picture caption", english.Texts["captionPanel"]);
        Assert.Equal("Insert picture", english.Texts["insertPicture"]);
        Assert.Equal("Choose from the library", english.Texts["pickerTitle"]);
        Assert.Equal("No matching pictures in the library.", english.Texts["noPictures"]);
        Assert.Equal("Chú thích ảnh", vietnamese.Texts["captionPanel"]);
        // Every text the scripts show has its key in the block, translated, with the same Vietnamese fallback.
        var used = Scripts.SelectMany(s => ScriptText().Matches(File.ReadAllText(Path.Combine(ViewTranslations.RepositoryRoot(), s))))
            .Select(m => (Key: m.Groups[1].Value, Vietnamese: m.Groups[2].Value)).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.All(used, u =>
        {
            Assert.True(english.Texts.ContainsKey(u.Key), $"No text for {u.Key}.");
            Assert.Equal(u.Vietnamese, vietnamese.Texts[u.Key]);
            Assert.NotEqual(u.Vietnamese, english.Texts[u.Key]);
        });
    }

    [Fact]
    public void EditorScripts_ShouldWriteNoVietnameseTextOutsideTheirTranslatedTexts()
    {
        var leftovers = Scripts
            .SelectMany(s => File.ReadAllLines(Path.Combine(ViewTranslations.RepositoryRoot(), s)).Select((line, i) => (s, line, number: i + 1)))
            .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(l => ScriptText().Replace(l.line, "").Replace("—", "").Any(c => c > 127))
            .Select(l => $"{l.s}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers));
    }

    [Fact]
    public void EveryEditorText_ShouldHaveAnEnglishEntry()
    {
        var partial = File.ReadAllText(Path.Combine(ViewTranslations.RepositoryRoot(), "src/Portal.Web/Views/Shared/_EditorTexts.cshtml"));

        var missing = Regex.Matches(partial, "T\\[\"([^\"]+)\"\\]").Select(m => m.Groups[1].Value).Where(t => !ViewTranslations.IsTranslated(t)).ToList();

        Assert.Empty(missing);
    }
}
