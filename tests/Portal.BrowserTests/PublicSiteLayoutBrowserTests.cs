using Microsoft.Playwright;
using Portal.Core.Text;

namespace Portal.BrowserTests;

/// <summary>
/// Issue 13: the public pages as readers see them on a 390 px phone, a 768 px tablet and a 1,366 px laptop. Article
/// bodies never widen the page (defect 2), and screenshots of the home, a section, an article and the search page are
/// saved under the test output (bin/…/screenshots) for the next reviewer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicSiteLayoutBrowserTests(BrowserFixture fixture)
{
    /// <summary>A demo article with an 800 px picture in its body, a four-column table and a 150-character address.</summary>
    private static readonly string WideArticle = "xa-dak-plo/bai-viet/" + Slug.From("Đồng bào Xơ Đăng thôn Đắk Blô vui lễ mừng lúa mới");

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Theory]
    [InlineData(390, 844)]
    [InlineData(768, 1024)]
    [InlineData(1366, 768)]
    public async Task ArticleWithWidePictureTableAndLongAddress_ShouldNotScrollSideways_AtCommonWidths(int width, int height)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync(WideArticle);
        await page.WaitForLoadStateAsync(LoadState.Load);

        // The article does hold what used to break the page.
        Assert.Equal(1, await page.Locator(".article-body table").CountAsync());
        Assert.True(await page.Locator(".article-body img").CountAsync() >= 1);
        Assert.Contains("https://svhttdl.kontum.gov.vn/", await page.Locator(".article-body").InnerTextAsync());
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewport = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        Assert.Equal(viewport, scrollWidth);
        // The body's picture stays inside its column.
        var overflowing = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.article-body img')].filter(i => i.getBoundingClientRect().right > i.closest('.article-body').getBoundingClientRect().right + 1).length");
        Assert.Equal(0, overflowing);
        // A table keeps its words whole and, when wider than the column, scrolls inside its own box (not the page).
        var unboxedTables = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.article-body table')].filter(t => { const box = t.parentElement; "
            + "const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX); "
            + "return !scrolls || box.getBoundingClientRect().right > t.closest('.article-body').getBoundingClientRect().right + 1; }).length");
        Assert.Equal(0, unboxedTables);
        var overflowingOutsideABox = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.article-body, .article-body *')].filter(e => e.scrollWidth > e.clientWidth + 1 "
            + "&& !['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && getComputedStyle(e).display !== 'inline' && !e.closest('.table-scroll')).map(e => e.tagName)");
        Assert.Empty(overflowingOutsideABox);
        var brokenWords = await page.EvaluateAsync<string[]>(BrokenWordsInTableCells);
        Assert.Empty(brokenWords);
    }

    /// <summary>Words of table cells laid over more than one line: "Thời gia|n" when a column is squeezed.</summary>
    private const string BrokenWordsInTableCells = """
        () => {
            const broken = [];
            for (const cell of document.querySelectorAll('.article-body th, .article-body td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const word of node.data.matchAll(/\S+/g)) {
                        const range = document.createRange();
                        range.setStart(node, word.index);
                        range.setEnd(node, word.index + word[0].length);
                        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (lines.size > 1) broken.push(word[0]);
                    }
                }
            }
            return broken;
        }
        """;

    [Theory]
    [InlineData("xa-dak-plo", 390)]
    [InlineData("xa-dak-plo", 1366)]
    [InlineData("th-muong-muon", 390)]
    [InlineData("th-muong-muon", 1366)]
    public async Task PublicPages_ShouldBeSavedAsScreenshots_ForReviewers(string unit, int width)
    {
        var article = unit == "xa-dak-plo" ? WideArticle : $"{unit}/bai-viet/{Slug.From("Lễ khai giảng năm học 2026 - 2027")}";
        var pages = new (string Name, string Path)[]
        {
            ("home", $"{unit}/"),
            ("section", unit == "xa-dak-plo" ? $"{unit}/chuyen-muc/tin-tuc-su-kien" : $"{unit}/chuyen-muc/hoat-dong-nha-truong"),
            ("article", article),
            ("search", $"{unit}/tim-kiem?q=h%E1%BB%8Dc+sinh"),
        };
        Directory.CreateDirectory(ScreenshotFolder);
        var page = await NewPageAsync(width, width < 768 ? 844 : 768);
        foreach (var (name, path) in pages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            await page.WaitForLoadStateAsync(LoadState.Load);
            // Lazy pictures below the fold are loaded before the full-page picture is taken.
            await page.EvaluateAsync("() => document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
            var file = Path.Combine(ScreenshotFolder, $"{unit}-{name}-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

            Assert.True(new FileInfo(file).Length > 10_000, $"{file} is nearly empty");
            Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        }
    }

    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN",
            BaseURL = fixture.Server.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            // The phone width is a phone: touch, a high-density screen.
            IsMobile = width < 768,
            HasTouch = width < 768,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }
}
