using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The public site and the admin under the Content-Security-Policy in Chromium: no page reports a violation
/// (securitypolicyviolation events, "Refused to…" console errors) and what relies on scripts still works: the print
/// button, the Quill editor and its media picker, htmx's near-duplicate panel, confirmations, the menu editor, the
/// approval screens.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CspBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";

    /// <summary>A page that records every violation from its first script on (init scripts are not subject to the policy).</summary>
    private async Task<(IPage Page, List<string> Violations)> WatchedPageAsync()
    {
        var page = await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.StartsWith("Refused to", StringComparison.Ordinal)))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url}: {message.Text} at {message.Location}");
                }
            }
        };
        await page.AddInitScriptAsync("""
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', e => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
            window.print = () => { window.__printed = true; };
            """);
        return (page, violations);
    }

    private static async Task VisitAsync(IPage page, List<string> violations, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is not null && response.Status < 500, $"{path}: {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await CollectAsync(page, violations);
    }

    private static async Task CollectAsync(IPage page, List<string> violations)
    {
        foreach (var violation in await page.EvaluateAsync<string[]>("() => window.__csp.splice(0)"))
        {
            violations.Add($"{page.Url}: {violation}");
        }
    }

    [Fact]
    public async Task PublicPages_ShouldReportNoViolation_AndThePrintButtonShouldWork()
    {
        var (page, violations) = await WatchedPageAsync();

        foreach (var path in new[] { $"{Tenant}/", $"{Tenant}/chuyen-muc/tin-tuc-su-kien", $"{Tenant}/tim-kiem?q=x%C3%A3", $"{Tenant}/lich-cong-tac",
            $"{Tenant}/van-ban", $"{Tenant}/thu-vien-anh", $"{Tenant}/khong-co-trang-nay", "th-muong-muon/", "gia-mao/khong-co" })
        {
            await VisitAsync(page, violations, path);
        }
        await VisitAsync(page, violations, $"{Tenant}/");
        await page.Locator("[data-block=latest] a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/bai-viet/", StringComparison.Ordinal));
        await page.Locator("[data-print]").ClickAsync();
        await CollectAsync(page, violations);

        Assert.True(await page.EvaluateAsync<bool>("() => window.__printed === true"), "the print button prints");
        Assert.True(await page.Locator(".site-banner").EvaluateAsync<bool>("e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)'"), "the unit's colour style applies");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task AdminScreens_ShouldReportNoViolation_AndTheirScriptsShouldWork()
    {
        var (page, violations) = await WatchedPageAsync();
        await page.SignInAsync(Tenant, "quantri", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));
        await CollectAsync(page, violations);

        foreach (var path in new[] { "admin", "admin/content", "admin/media", "admin/sections", "admin/fields", "admin/menu", "admin/theme",
            "admin/theme/templates", "admin/search", "admin/search/index", "admin/audit", "admin/jobs", "admin/modules", "admin/users", "admin/roles",
            "admin/approval", "admin/approval/routing", "admin/approval/dashboard", "admin/approval/delegations", "account/manage" })
        {
            await VisitAsync(page, violations, $"{Tenant}/{path}");
        }

        // The content editor: Quill, the media picker (a modal drawn by script), htmx's near-duplicate panel.
        var photo = await fixture.Server.SavePhotoAsync(Tenant, $"csp-{Guid.NewGuid().ToString("N")[..6]}.png");
        await VisitAsync(page, violations, $"{Tenant}/admin/content/new/Article");
        await page.Locator(".ql-editor").First.ClickAsync();
        await page.Keyboard.TypeAsync("Ngày hội đại đoàn kết toàn dân tộc.");
        await page.Locator("#Title").FillAsync("Ngày hội đại đoàn kết");
        await page.Locator("#similar-check").ClickAsync();
        await Assertions.Expect(page.Locator("#similar-results")).Not.ToBeEmptyAsync();
        await page.Locator(".ql-figure").First.ClickAsync();
        await Assertions.Expect(page.Locator(".media-picker-item").First).ToBeVisibleAsync();
        await CollectAsync(page, violations);

        // The menu editor's script moves an entry; a destructive form asks first (admin.js), and cancelling sends nothing.
        await VisitAsync(page, violations, $"{Tenant}/admin/menu");
        var second = await page.Locator(".menu-node").Nth(1).GetAttributeAsync("data-id");
        await page.Locator(".menu-node").Nth(1).Locator("[data-act=up]").ClickAsync();
        Assert.Equal(second, await page.Locator(".menu-node").First.GetAttributeAsync("data-id"));
        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.DismissAsync(); };
        await VisitAsync(page, violations, $"{Tenant}/admin/sections");
        await page.Locator("form[data-confirm] button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/sections$"));
        await CollectAsync(page, violations);

        Assert.Equal("Xóa chuyên mục này?", asked);
        Assert.NotNull(photo);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
