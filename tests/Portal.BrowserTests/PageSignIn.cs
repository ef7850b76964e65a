using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>Signing in through the login form, as a person would.</summary>
public static class PageSignIn
{
    public static async Task SignInAsync(this IPage page, string tenantPrefix, string userName, string password)
    {
        await page.GotoAsync($"{tenantPrefix}/account/login?returnUrl=%2F{tenantPrefix}%2Fadmin");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }
}
