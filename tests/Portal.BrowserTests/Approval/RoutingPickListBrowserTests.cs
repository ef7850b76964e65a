using Microsoft.Playwright;

namespace Portal.BrowserTests.Approval;

/// <summary>
/// Issue 13: the head picks a field's responsible users from a list with a filter box (the module's approval.js, under the CSP),
/// on a phone and on a desktop, and what is ticked is saved. Screenshots are left under the test output for review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoutingPickListBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task RoutingScreen_ShouldFilterTheUserListIgnoringDiacritics_AndFitTheScreen(int width, int height)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.SignInAsync(Tenant, "truongban", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));

        await page.GotoAsync($"{Tenant}/admin/approval/routing");
        var first = page.Locator("[data-testid=routes] details").First;
        var users = first.Locator("[data-pick-list]").First;
        var filter = users.Locator(".pick-list-filter");
        await Assertions.Expect(filter).ToBeVisibleAsync();
        await filter.FillAsync("pham thi hong");

        await Assertions.Expect(users.Locator(".form-check:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(users.Locator(".form-check:visible")).ToContainTextAsync("Phạm Thị Hồng");
        await filter.FillAsync("khong co ai ten nay");
        await Assertions.Expect(users.Locator(".pick-list-none")).ToBeVisibleAsync();
        await filter.FillAsync("");
        await Assertions.Expect(users.Locator(".pick-list-none")).ToBeHiddenAsync();
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"routing-{width}.png"), FullPage = true });
        await first.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"routing-{width}-field.png") });
        await page.Locator("[data-testid=notifications]").ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"routing-{width}-notifications.png") });

        // Enter in the filter box does not submit the whole form.
        await filter.FillAsync("pham thi hong");
        await filter.PressAsync("Enter");
        Assert.EndsWith("/admin/approval/routing", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(users.Locator(".form-check:visible")).ToHaveCountAsync(1);
    }
}
