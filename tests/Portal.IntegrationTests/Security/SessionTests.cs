using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Identity.Sessions;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// A session lives on the server (<see cref="SignInSessions"/>): an old cookie replayed after sign-out, a password
/// change or reset, or past the absolute lifetime opens nothing, at once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalFactory factory)
{
    private const string Page = Commune + "/account/manage";

    /// <summary>Signs in with a cookie-keeping client and also returns the auth cookie's value, as an attacker would copy it.</summary>
    private async Task<(PortalClient Client, string Cookie)> SignInAsync(string userName, string password = StrongPassword)
    {
        var client = factory.ClientFor(Commune);
        var login = await client.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Select(h => h.Split(';')[0])
            .Single(c => c.StartsWith($"{CookieKit.AuthCookie}.{Commune}=", StringComparison.Ordinal));
        return (client, cookie[(cookie.IndexOf('=') + 1)..]);
    }

    private async Task<HttpStatusCode> ReplayAsync(string cookie) =>
        (await CookieKit.GetWithCookieAsync(factory, Page, cookie, Commune)).StatusCode;

    [Fact]
    public async Task OldCookie_ShouldOpenNothing_WhenReplayedAfterSignOut()
    {
        var userName = NewUserName("dangxuat");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        var (client, cookie) = await SignInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie));

        var logout = await client.PostFormAsync("account/manage", "account/logout");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie));
        client.Dispose();
    }

    [Fact]
    public async Task PasswordChange_ShouldEndTheOtherSessionsAtOnce_AndKeepThisOne()
    {
        var userName = NewUserName("doimk2");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        var (here, _) = await SignInAsync(userName);
        var (_, elsewhere) = await SignInAsync(userName);
        const string newPassword = "Doi-Moi-Ngay@2026";

        var change = await here.PostFormAsync("account/manage/password", "account/manage/password",
            ("CurrentPassword", StrongPassword), ("NewPassword", newPassword), ("ConfirmPassword", newPassword));

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(elsewhere));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("account/manage")).StatusCode);
        here.Dispose();
    }

    [Fact]
    public async Task AdministratorsReset_ShouldEndTheUsersSessionsAtOnce()
    {
        var userName = NewUserName("bireset");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        var (client, cookie) = await SignInAsync(userName);
        using var admin = await factory.AdminAsync();
        const string newPassword = "Quan-Tri-Dat@2026";

        var reset = await admin.PostFormAsync($"admin/users/{user.Id}/password", $"admin/users/{user.Id}/password", ("NewPassword", newPassword), ("ConfirmPassword", newPassword));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("account/manage")).StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task Session_ShouldEnd_WhenPastItsAbsoluteLifetime_HoweverRecentlyUsed()
    {
        var userName = NewUserName("tuyetdoi");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        var (client, cookie) = await SignInAsync(userName);
        var session = await SessionsOfAsync(user.Id);
        Assert.Equal(TimeSpan.FromHours(12), Assert.Single(session).ExpiresUtc - session[0].CreatedUtc);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("account/manage")).StatusCode);

        await ChangeSessionsAsync(user.Id, s => s.ExpiresUtc = DateTime.UtcNow.AddSeconds(-1));

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("account/manage")).StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task PasswordChange_ShouldKeepTheSessionsAbsoluteEnd_WhenItReissuesThisBrowsersCookie()
    {
        var userName = NewUserName("giuhan");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        var (client, _) = await SignInAsync(userName);
        var end = DateTime.UtcNow.AddHours(1);
        await ChangeSessionsAsync(user.Id, s => s.ExpiresUtc = end);
        const string newPassword = "Giu-Nguyen-Han@2026";

        await client.PostFormAsync("account/manage/password", "account/manage/password",
            ("CurrentPassword", StrongPassword), ("NewPassword", newPassword), ("ConfirmPassword", newPassword));

        var after = Assert.Single(await SessionsOfAsync(user.Id));
        Assert.Equal(end, after.ExpiresUtc, TimeSpan.FromSeconds(1));
        client.Dispose();
    }

    private async Task<List<SignInSession>> SessionsOfAsync(string userId)
    {
        using var scope = factory.TenantScope(Commune);
        return await scope.ServiceProvider.GetRequiredService<SessionDbContext>().Sessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync();
    }

    private async Task ChangeSessionsAsync(string userId, Action<SignInSession> change)
    {
        using var scope = factory.TenantScope(Commune);
        var db = scope.ServiceProvider.GetRequiredService<SessionDbContext>();
        foreach (var session in await db.Sessions.Where(s => s.UserId == userId).ToListAsync())
        {
            change(session);
        }
        await db.SaveChangesAsync();
    }
}
