using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Identity;
using Portal.Core.Tenancy;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Tenancy;

/// <summary>Who may reach /admin/tenants: only the host's users holding ManageTenants.</summary>
[Collection(TenantAdminCollection.Name)]
public sealed class TenantAdminAccessTests(PortalFactory factory)
{
    private readonly TenantAdminDriver _driver = new(factory);

    [Theory]
    [InlineData("admin/tenants")]
    [InlineData("admin/tenants/create")]
    [InlineData("admin/tenants/xa-dak-plo/details")]
    public async Task TenantAdministrator_ShouldGet404_OnAUnitSite(string path)
    {
        using var client = factory.ClientFor("xa-dak-plo");
        var login = await client.LoginAsync("quantri", PortalFactory.DemoPassword);

        var response = await client.GetAsync(path);
        var dashboard = await client.GetStringAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Bảng điều khiển", dashboard);
        Assert.DoesNotContain("admin/tenants", dashboard);
    }

    [Fact]
    public async Task TenantAdministrator_ShouldNotBeAbleToPostToTheTenantActions_OnAUnitSite()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        await client.LoginAsync("quantri", PortalFactory.DemoPassword);

        var response = await client.PostFormAsync("admin", "admin/tenants/th-muong-muon/suspend", ("x", "y"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Portal.Abstractions.Tenancy.TenantStatus.Active, (await _driver.RegistryRowAsync("th-muong-muon"))!.Status);
    }

    [Fact]
    public async Task Anonymous_ShouldGet404_OnAUnitSite_NotALoginPage()
    {
        using var client = factory.ClientFor("th-muong-muon");

        var response = await client.GetAsync("admin/tenants");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_ShouldBeRedirectedToLogin_OnTheHost()
    {
        using var client = factory.ClientFor(null);

        var response = await client.GetAsync("admin/tenants");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task HostUserWithoutManageTenants_ShouldBeDenied()
    {
        using (var scope = factory.TenantScope("host"))
        {
            (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount("bientap", "Biên tập viên", null, "Bien-Soan@2026!", [BuiltInRoles.Head]))).ValueOrThrow();
        }
        using var client = factory.ClientFor(null);
        await client.LoginAsync("bientap", "Bien-Soan@2026!");

        var response = await client.GetAsync("admin/tenants");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Operator_ShouldSeeTheMenuEntry_AndTheList()
    {
        using var client = await _driver.OperatorAsync();

        var dashboard = await client.GetStringAsync("admin");
        var list = await client.GetAsync("admin/tenants");

        Assert.Contains("href=\"/admin/tenants\"", dashboard);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("<h1 class=\"h3 mb-0\">Các đơn vị</h1>", await list.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_ShouldBeRefused_WithoutAnAntiforgeryToken()
    {
        using var client = await _driver.OperatorAsync();

        var response = await client.Http.PostAsync("admin/tenants/xa-dak-plo/suspend", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Portal.Abstractions.Tenancy.TenantStatus.Active, (await _driver.RegistryRowAsync("xa-dak-plo"))!.Status);
    }

    [Fact]
    public async Task CreateForm_ShouldSpeakEnglish_WhenTheOperatorChoseIt()
    {
        using var client = await _driver.OperatorAsync();

        var html = await client.GetStringAsync("admin/tenants/create?culture=en-US&ui-culture=en-US");

        Assert.Contains("New unit site", html);
        Assert.Contains("Education and Training Office", html);
        Assert.DoesNotContain("Tạo đơn vị mới", html);
    }
}
