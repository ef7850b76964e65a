using System.Net;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Tenancy;

[Collection(PortalCollection.Name)]
public sealed class TenantRoutingTests(PortalFactory factory)
{
    [Fact]
    public async Task Home_ShouldShowTheTenantsOwnSite_WhenReachedByPrefix()
    {
        using var client = factory.ClientFor("xa-dak-plo");

        var html = await client.GetStringAsync("");

        Assert.Contains("Trang thông tin điện tử xã Đắk Plô", html);
        Assert.DoesNotContain("Mường Mươn", html);
    }

    [Fact]
    public async Task UnknownPrefix_ShouldAnswer404_NeverAnotherSite()
    {
        using var client = factory.ClientFor("xa-khong-ton-tai");

        var response = await client.GetAsync("");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("xa-dak-plo")]
    public async Task UnknownHost_ShouldAnswer404_NeitherTheOperatorsSiteNorAUnits(string? prefix)
    {
        using var client = factory.ClientFor(prefix, host: "gia-mao.example.com");

        var response = await client.GetAsync("");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_ShouldLandInAdmin_WithDemoCredentials()
    {
        using var client = factory.ClientFor("th-muong-muon");

        var response = await client.LoginAsync("truongban", PortalFactory.DemoPassword);
        var admin = await client.GetStringAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Bảng điều khiển", admin);
    }
}
