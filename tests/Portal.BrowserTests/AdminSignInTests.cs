using Microsoft.Playwright;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminSignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TenantAdmin_ShouldSignInAndSeeTheUnitsDashboard()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("xa-dak-plo/admin");
        Assert.Contains("/xa-dak-plo/account/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Tên đăng nhập").FillAsync("quantri");
        await page.GetByLabel("Mật khẩu").FillAsync(PortalServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/xa-dak-plo/admin", StringComparison.Ordinal));
        Assert.True(await page.GetByRole(AriaRole.Navigation).GetByText("Người dùng").First.IsVisibleAsync());
    }

    [Fact]
    public async Task WrongPassword_ShouldStayOnTheLoginPageWithAVietnameseMessage()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("th-muong-muon/account/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync("quantri");
        await page.GetByLabel("Mật khẩu").FillAsync("Sai-mat-khau-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("không đúng");
        Assert.Contains("/th-muong-muon/account/login", page.Url, StringComparison.Ordinal);
    }
}
