using System.Text.Json;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The public pages checked by axe-core (installed from npm by ./test.sh) against WCAG 2.1 A and AA:
/// landmarks, headings, names of links and controls, alt text, contrast, language, list and table structure.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture fixture)
{
    private static readonly string AxeScript = FindAxe();

    [Theory]
    [InlineData("xa-dak-plo/")]
    [InlineData("xa-dak-plo/chuyen-muc/tin-tuc-su-kien")]
    [InlineData("xa-dak-plo/van-ban")]
    [InlineData("xa-dak-plo/lich-cong-tac")]
    [InlineData("xa-dak-plo/thu-vien-anh")]
    [InlineData("th-muong-muon/")]
    [InlineData("xa-dak-plo/tim-kiem?q=truong%20hoc")]
    [InlineData("xa-dak-plo/tim-kiem?q=")]
    public async Task PublicPage_ShouldHaveNoWcagViolations(string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);

        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task ArticlePage_ShouldHaveNoWcagViolations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("xa-dak-plo/");
        await page.Locator("[data-block=latest] a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/bai-viet/", StringComparison.Ordinal));

        Assert.Empty(await ViolationsAsync(page));
    }

    /// <summary>One line per violated rule: its id, impact and the first offending element.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol: an added <script> would be blocked by the Content-Security-Policy.
        await page.EvaluateAsync(AxeScript);
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))"
            + ".violations.map(v => `${v.id} (${v.impact}): ${v.nodes[0].html}`)");
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static string FindAxe()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "tests", "Portal.BrowserTests", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(file))
            {
                return File.ReadAllText(file);
            }
        }
        throw new InvalidOperationException("axe-core is missing: run ./test.sh, which installs the browser tests' npm packages.");
    }
}
