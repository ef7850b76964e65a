using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.BrowserTests.ContentAdmin;

/// <summary>
/// An editor starts a new article that repeats one already published and is warned, with a score, while still
/// writing — before anything is saved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NearDuplicateBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";
    private const string Published = "Trạm Y tế xã triển khai tiêm chủng vắc xin sởi - rubella cho trẻ em";

    [GeneratedRegex(@"^\d{2,3}%$")]
    private static partial Regex Percent();

    [Fact]
    public async Task Editor_CopyingAPublishedArticle_ShouldSeeTheNearDuplicateWarning_BeforeSaving()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(Tenant, "ctv", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));
        await page.GotoAsync($"{Tenant}/admin/content/new/Article");
        var createUrl = page.Url;
        await Assertions.Expect(page.GetByTestId("similar-hint")).ToBeVisibleAsync();

        await page.Locator("#Title").FillAsync("Tiêm vắc xin sởi - rubella cho trẻ em tại xã");
        await page.Locator(".ql-editor").First.ClickAsync();
        await page.Keyboard.InsertTextAsync("Từ ngày 12/10 đến 16/10/2026, Trạm Y tế xã Đắk Plô tổ chức tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi " +
            "tại các điểm tiêm ở thôn. Phụ huynh mang theo sổ tiêm chủng hoặc giấy tờ có liên quan.");

        // Checked by itself a moment after typing stops (the page's debounced request), nothing saved.
        var list = page.GetByTestId("similar-items");
        var copied = list.Locator("li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Published }) });
        await Assertions.Expect(copied).ToHaveCountAsync(1);
        await Assertions.Expect(copied.Locator(".badge")).ToHaveTextAsync(Percent());
        Assert.Equal(createUrl, page.Url);

        // The button asks again on demand and gets the same answer.
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trùng lặp" }).ClickAsync(),
            r => r.Url.EndsWith("/admin/content/similar", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        await Assertions.Expect(copied).ToHaveCountAsync(1);
        Assert.True(int.Parse((await copied.Locator(".badge").InnerTextAsync()).TrimEnd('%')) >= 50);
        Assert.Equal(createUrl, page.Url);
    }

    [Fact]
    public async Task Editor_WhoseSessionExpired_ShouldSeeASignInLineInThePanel_NotTheSignInPage()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(Tenant, "ctv", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));
        await page.GotoAsync($"{Tenant}/admin/content/new/Article");
        var createUrl = page.Url;
        await page.Locator("#Title").FillAsync("Tin đang soạn khi phiên hết hạn");

        // The session expires while the editor writes.
        await page.Context.ClearCookiesAsync();
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trùng lặp" }).ClickAsync(),
            r => r.Url.EndsWith("/admin/content/similar", StringComparison.Ordinal));

        Assert.Equal(401, response.Status);
        var panel = page.Locator("#similar-results");
        await Assertions.Expect(panel.GetByTestId("session-expired")).ToContainTextAsync("Phiên đăng nhập đã hết hạn");
        await Assertions.Expect(panel.Locator("input[type=password]")).ToHaveCountAsync(0);
        await Assertions.Expect(panel.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("target", "_blank");
        await Assertions.Expect(page.Locator("#Title")).ToHaveValueAsync("Tin đang soạn khi phiên hết hạn");
        Assert.Equal(createUrl, page.Url);
    }
}
