using Microsoft.Playwright;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SiteBuilderBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SiteBuilder_ShouldReorderTheMenuAndChangeTheColour_AndSeeBothOnThePublicSite()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("th-muong-muon", "kythuat", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith("/th-muong-muon/admin", StringComparison.Ordinal));

        // Menu: move the first entry ("Trang chủ") one place down, then save.
        await page.GotoAsync("th-muong-muon/admin/menu");
        var titles = page.Locator("#menu-tree > .menu-node .menu-title");
        var first = await titles.Nth(0).InnerTextAsync();
        var second = await titles.Nth(1).InnerTextAsync();
        await page.Locator("#menu-tree > .menu-node").First.GetByRole(AriaRole.Button, new() { Name = $"Xuống: {first}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thứ tự" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã lưu thứ tự trình đơn.")).ToBeVisibleAsync();

        // Theme: a dark blue that passes the contrast check.
        await page.GotoAsync("th-muong-muon/admin/theme");
        await page.GetByLabel("Màu chủ đạo").FillAsync("#1a4d8b");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã lưu cấu hình giao diện.")).ToBeVisibleAsync();

        var reader = await fixture.NewPageAsync();
        await reader.GotoAsync("th-muong-muon/");
        var menu = reader.Locator("#mainMenu .nav-link");
        Assert.Equal(second, (await menu.Nth(0).InnerTextAsync()).Trim());
        Assert.Equal(first, (await menu.Nth(1).InnerTextAsync()).Trim());
        Assert.Equal("rgb(26, 77, 139)", await reader.Locator(".site-banner").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }
}
