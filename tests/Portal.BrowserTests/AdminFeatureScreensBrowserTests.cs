using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The framework's admin screens, drawn from their own projects (src/Admin), in the host's admin shell on a phone and a
/// laptop: the layout, the menu and the screen's own content are there and nothing runs wider than the screen.
/// Screenshots go to artifacts/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminFeatureScreensBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";

    public static TheoryData<string, string, int, int> Screens => new()
    {
        { "admin/users", "Người dùng", 390, 844 },
        { "admin/users", "Người dùng", 1366, 768 },
        { "admin/content", "Tất cả nội dung", 390, 844 },
        { "admin/content", "Tất cả nội dung", 1366, 768 },
        { "admin/search/index", "Chỉ mục tìm kiếm", 390, 844 },
        { "admin/search/index", "Chỉ mục tìm kiếm", 1366, 768 },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task AdminFeatureScreen_ShouldSitInTheHostsShell_AndFitTheScreen(string path, string menuText, int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "vi-VN",
            BaseURL = fixture.Server.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 768,
            HasTouch = width < 768,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Tenant, "quantri", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));

        var response = await page.GotoAsync($"{Tenant}/{path}");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Trang thông tin điện tử xã Đắk Plô");
        await Assertions.Expect(page.Locator($"#adminNav a[href$='/{Tenant}/{path}']").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(menuText));
        await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        // Against the screen's width, not window.innerWidth: a phone widens its layout viewport to fit wide content.
        // A wide table may scroll inside its .table-responsive box; nothing else may pass the screen's edge.
        var wider = await page.EvaluateAsync<string[]>(@"width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && e.getBoundingClientRect().width > 0 && !e.closest('.table-responsive'))
            .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
            .concat(document.documentElement.scrollWidth > width ? ['the page: ' + document.documentElement.scrollWidth + ' px'] : [])", width);
        Assert.True(wider.Length == 0, $"{path} at {width} px runs wider than the screen: {string.Join("; ", wider)}");
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"{path.Replace('/', '-')}-{width}.png"), FullPage = true });
        await context.CloseAsync();
    }
}
