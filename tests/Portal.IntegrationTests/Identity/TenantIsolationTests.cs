using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Tenancy;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Identity;

/// <summary>Accounts, cookies and ids of one unit must never work on another.</summary>
[Collection(PortalCollection.Name)]
public sealed class TenantIsolationTests(PortalFactory factory)
{
    private static bool IsRedirectToLogin(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("account/login", StringComparison.Ordinal);

    [Fact]
    public async Task UserOfTenantA_ShouldNotSignIn_OnTenantB()
    {
        var userName = NewUserName("chixa");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Administrator);
        using var onA = factory.ClientFor(Commune);
        using var onB = factory.ClientFor(School);

        var loginA = await onA.LoginAsync(userName, StrongPassword);
        var loginB = await onB.LoginAsync(userName, StrongPassword);

        Assert.Equal(HttpStatusCode.Redirect, loginA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, loginB.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await loginB.BodyAsync());
        Assert.True(IsRedirectToLogin(await onB.GetAsync("admin")));
    }

    [Fact]
    public async Task AuthCookieOfTenantA_ShouldBeRejected_OnTenantB()
    {
        var cookie = await CookieKit.SignInAndCaptureAsync(factory, Commune, "quantri", PortalFactory.DemoPassword);

        var onA = await CookieKit.GetWithCookieAsync(factory, "http://localhost/xa-dak-plo/admin/users", cookie, Commune);
        var onB = await CookieKit.GetWithCookieAsync(factory, "http://localhost/th-muong-muon/admin/users", cookie, Commune, School);

        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.True(IsRedirectToLogin(onB), $"Expected a redirect to sign-in, got {(int)onB.StatusCode}.");
        Assert.DoesNotContain("Lò Văn Sơn", await onB.BodyAsync());
    }

    [Fact]
    public async Task ForgedHostHeader_ShouldNeitherReachNorAuthorizeTenantA()
    {
        var cookie = await CookieKit.SignInAndCaptureAsync(factory, Commune, "quantri", PortalFactory.DemoPassword);
        var hostTenant = factory.Services.GetRequiredService<TenantRegistry>().Host!.Name;
        var allNames = new[] { Commune, School, hostTenant };

        // Host headers that are neither the portal's own (Portal:Hosting:HostNames) nor bound to a unit reach nothing.
        var byHostName = await CookieKit.GetWithCookieAsync(factory, "http://xa-dak-plo/admin/users", cookie, allNames);
        // A's cookie sent to B's prefix under a Host header spelled like A's domain.
        var toB = await CookieKit.GetWithCookieAsync(factory, "http://xa-dak-plo.gov.vn/th-muong-muon/admin/users", cookie, allNames);

        Assert.Equal(HttpStatusCode.NotFound, byHostName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toB.StatusCode);
        var html = await (await CookieKit.GetWithCookieAsync(factory, "http://xa-dak-plo/", cookie, allNames)).BodyAsync();
        Assert.DoesNotContain("Đắk Plô", html);
    }

    [Fact]
    public async Task IdsOfTenantAUsers_ShouldAnswer404_OnTenantB_AndChangeNothing()
    {
        var userName = NewUserName("idxa");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        var roleId = await factory.QueryAsync(Commune, db => db.Roles.Where(r => r.Name == BuiltInRoles.Member).Select(r => r.Id).SingleAsync());
        using var adminB = await factory.AdminAsync(School);
        const string password = "Chiem-Quyen@2026";

        var edit = await adminB.GetAsync($"admin/users/{user.Id}/edit");
        var passwordPage = await adminB.GetAsync($"admin/users/{user.Id}/password");
        var rolePage = await adminB.GetAsync($"admin/roles/{roleId}/permissions");
        var posts = new[]
        {
            await adminB.PostFormAsync("admin/users", $"admin/users/{user.Id}/disable"),
            await adminB.PostFormAsync("admin/users", $"admin/users/{user.Id}/unlock"),
            await adminB.PostFormAsync("admin/users/create", $"admin/users/{user.Id}/edit", ("UserName", "chiem"), ("FullName", "Kẻ Chiếm Quyền"), ("Roles", BuiltInRoles.Administrator)),
            await adminB.PostFormAsync("admin/users", $"admin/users/{user.Id}/password", ("NewPassword", password), ("ConfirmPassword", password)),
            await adminB.PostFormAsync("admin/roles", $"admin/roles/{roleId}/permissions", ("permissions", "ManageUsers")),
            await adminB.PostFormAsync("admin/roles", $"admin/roles/{roleId}/delete"),
        };

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, passwordPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rolePage.StatusCode);
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.NotFound, p.StatusCode));
        var after = await factory.FindUserAsync(Commune, userName);
        Assert.True(after!.IsActive);
        Assert.Equal(userName, after.UserName);
        Assert.Equal([BuiltInRoles.Member], await factory.RolesOfAsync(Commune, userName));
        Assert.Empty(await factory.AuditAsync(Commune, userName));
        using var onA = factory.ClientFor(Commune);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.LoginAsync(userName, StrongPassword)).StatusCode);
    }
}
