using System.Net;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Tenancy;

/// <summary>A tenant created with its own host name answers on that host, and only there.</summary>
[Collection(TenantAdminCollection.Name)]
public sealed class TenantAdminHostRoutingTests(PortalFactory factory)
{
    private readonly TenantAdminDriver _driver = new(factory);

    [Fact]
    public async Task HostName_ShouldReachTheTenant_AndAnUnknownHostShouldNot()
    {
        using var client = await _driver.OperatorAsync();
        var form = TenantAdminDriver.ValidForm("xa-a");
        form["UrlPrefix"] = "";
        form["HostNames"] = "XA-A.example.vn, www.xa-a.example.vn";
        await _driver.CreateAsync(client, form);

        using var onHost = factory.ClientFor(null, "xa-a.example.vn");
        using var onAlias = factory.ClientFor(null, "www.xa-a.example.vn");
        using var onUnknown = factory.ClientFor(null, "xa-b.example.vn");
        var home = await onHost.GetAsync("");
        var alias = await onAlias.GetStringAsync("");
        var unknown = await onUnknown.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Trang thông tin điện tử xa-a", await home.Content.ReadAsStringAsync());
        Assert.Contains("Trang thông tin điện tử xa-a", alias);
        Assert.DoesNotContain("Trang thông tin điện tử xa-a", await unknown.Content.ReadAsStringAsync());
        Assert.Equal("xa-a.example.vn,www.xa-a.example.vn", (await _driver.RegistryRowAsync("xa-a"))!.HostNames);
    }

    [Fact]
    public async Task HostBoundTenantsPrefix_ShouldAnswer404_FromAnUnknownHost()
    {
        using var client = await _driver.OperatorAsync();
        var form = TenantAdminDriver.ValidForm("xa-c");
        form["HostNames"] = "xa-c.example.vn";
        await _driver.CreateAsync(client, form);

        using var onHost = factory.ClientFor("xa-c", "xa-c.example.vn");
        using var onUnknown = factory.ClientFor("xa-c", "xa-khac.example.vn");

        Assert.Equal(HttpStatusCode.OK, (await onHost.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onUnknown.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task HostName_ShouldNotBeGivenToTwoTenants()
    {
        using var client = await _driver.OperatorAsync();
        var first = TenantAdminDriver.ValidForm("xa-d");
        first["HostNames"] = "xa-d.example.vn";
        await _driver.CreateAsync(client, first);
        var second = TenantAdminDriver.ValidForm("xa-e");
        second["HostNames"] = "xa-f.example.vn\nXA-D.example.vn";

        var response = await TenantAdminDriver.SubmitCreateAsync(client, second);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tên miền “xa-d.example.vn” đã được gán cho đơn vị “Trang thông tin điện tử xa-d”.", TenantAdminPage.ErrorsFor(html, "HostNames"));
        Assert.Null(await _driver.RegistryRowAsync("xa-e"));
        Assert.False(Directory.Exists(_driver.TenantFolder("xa-e")));
    }

    [Fact]
    public async Task HostName_ShouldBeRefused_WhenItIsTheOperatorsOwnHost()
    {
        using var client = await _driver.OperatorAsync();
        var form = TenantAdminDriver.ValidForm("xa-chiem-host");
        form["HostNames"] = "http://LOCALHOST:5000/";

        var response = await TenantAdminDriver.SubmitCreateAsync(client, form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tên miền “localhost” là địa chỉ đang dùng để quản trị hệ thống; gán cho đơn vị sẽ làm mất quyền truy cập trang quản trị này.", TenantAdminPage.ErrorsFor(html, "HostNames"));
        Assert.Null(await _driver.RegistryRowAsync("xa-chiem-host"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("admin/tenants")).StatusCode);
    }

    [Fact]
    public async Task HostName_ShouldBeStoredAsTheHostHeaderCarriesIt_WhenPastedAsAnAddress()
    {
        using var client = await _driver.OperatorAsync();
        var form = TenantAdminDriver.ValidForm("xa-g");
        form["UrlPrefix"] = "";
        form["HostNames"] = "https://XA-G.example.vn:8443/";
        await _driver.CreateAsync(client, form);

        using var onHost = factory.ClientFor(null, "xa-g.example.vn");

        Assert.Equal("xa-g.example.vn", (await _driver.RegistryRowAsync("xa-g"))!.HostNames);
        Assert.Contains("Trang thông tin điện tử xa-g", await onHost.GetStringAsync(""));
    }
}
