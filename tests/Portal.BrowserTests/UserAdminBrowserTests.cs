using Microsoft.Playwright;

namespace Portal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class UserAdminBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TenantAdmin_ShouldCreateAUser_WhoCanThenSignIn()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("xa-dak-plo", "quantri", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith("/xa-dak-plo/admin", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Người dùng" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm người dùng" }).ClickAsync();
        await page.GetByLabel("Tên đăng nhập").FillAsync("ctv.thonmot");
        await page.GetByLabel("Họ và tên").FillAsync("Y Blim");
        await page.GetByLabel("Thư điện tử").FillAsync("yblim@xa-dak-plo.demo.vn");
        await page.GetByLabel("Chức vụ").FillAsync("Cộng tác viên thôn 1");
        await page.GetByLabel("Mật khẩu").FillAsync("Lang-Que@2026x");
        await page.GetByLabel("Cộng tác viên").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Đã tạo người dùng “ctv.thonmot”.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Y Blim" })).ToBeVisibleAsync();

        // The new contributor signs in from another browser and reaches the admin of this unit only.
        var newcomer = await fixture.NewPageAsync();
        await newcomer.SignInAsync("xa-dak-plo", "ctv.thonmot", "Lang-Que@2026x");
        await newcomer.WaitForURLAsync(url => url.EndsWith("/xa-dak-plo/admin", StringComparison.Ordinal));
        await newcomer.GotoAsync("th-muong-muon/admin");
        Assert.Contains("/th-muong-muon/account/login", newcomer.Url, StringComparison.Ordinal);
    }
}
