using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Sites;

[Collection(PortalCollection.Name)]
public sealed class ThemeSettingsTests(PortalFactory factory)
{
    private static (string, string)[] Form(string color, string? logo = null, params string[] blocksInOrder) =>
    [
        ("SiteName", "Trường Tiểu học số 1 Mường Mươn"), ("PrimaryColor", color), ("LogoUrl", logo ?? ""), ("BannerUrl", ""),
        ("Address", "Bản Mường Mươn, xã Mường Mươn, huyện Mường Chà, tỉnh Điện Biên"), ("Phone", "0215 3 845 678"), ("Email", "ths01muongmuon@muongcha.edu.vn"),
        ("FooterText", "Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Thị Ngân"),
        .. blocksInOrder.Select(b => ("BlockOrder", b)), .. blocksInOrder.Select(b => ("HomeBlocks", b)),
    ];

    private async Task<string?> SettingAsync(string key)
    {
        using var scope = factory.TenantScope("th-muong-muon");
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Settings.Where(s => s.Key == key).Select(s => s.Value).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task SiteBuilder_ShouldChangeColourFooterAndBlockOrder_AndReadersSeeItAtOnce()
    {
        using var builder = factory.ClientFor("th-muong-muon");
        await builder.LoginAsync("kythuat", PortalFactory.DemoPassword);
        using var reader = factory.ClientFor("th-muong-muon");
        await reader.GetStringAsync("");

        var response = await builder.PostFormAsync("admin/theme", "admin/theme", Form("#1a4d8b", "/media/logo.png", "sections", "latest"));
        var home = await reader.GetStringAsync("");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("--site-primary: #1a4d8b", home);
        Assert.Contains("src=\"/media/logo.png\"", home);
        Assert.Contains("Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Thị Ngân", home);
        Assert.True(home.IndexOf("data-block=\"sections\"", StringComparison.Ordinal) < home.IndexOf("data-block=\"latest\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("#ffff00", null, "quá sáng")]
    [InlineData("vang", null, "Màu chủ đạo phải có dạng #RRGGBB")]
    [InlineData("#8b1a1a", "javascript:alert(1)", "địa chỉ ảnh phải bắt đầu bằng")]
    [InlineData("#8b1a1a", "/media/a.png');background:url(http://x", "địa chỉ ảnh phải bắt đầu bằng")]
    public async Task BadSettings_ShouldBeRefusedInVietnamese_AndChangeNothing(string color, string? logo, string message)
    {
        using var builder = factory.ClientFor("th-muong-muon");
        await builder.LoginAsync("kythuat", PortalFactory.DemoPassword);
        var colorBefore = await SettingAsync("Theme.PrimaryColor");
        var footerBefore = await SettingAsync("Theme.FooterText");

        var response = await builder.PostFormAsync("admin/theme", "admin/theme", Form(color, logo, "latest", "sections"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(colorBefore, await SettingAsync("Theme.PrimaryColor"));
        Assert.Equal(footerBefore, await SettingAsync("Theme.FooterText"));
    }

    [Fact]
    public async Task Contributor_ShouldNotReachThemeSettings()
    {
        using var contributor = factory.ClientFor("th-muong-muon");
        await contributor.LoginAsync("ctv", PortalFactory.DemoPassword);

        var response = await contributor.GetAsync("admin/theme");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
