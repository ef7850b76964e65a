using System.Net;
using Portal.Abstractions.Security;
using Portal.Core.Security;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// The keys protecting cookies live in App_Data: a session begun before a restart (a deploy, a second node on the same
/// data) still opens the admin after it. With the default key folder (the account's home) every test host, like every
/// node of a cluster, would make its own keys and refuse the other's cookies.
/// </summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task SessionCookie_ShouldStillOpenTheAdmin_AfterARestartOnTheSameData()
    {
        var userName = NewUserName("khoidong");
        string appData;
        string cookie;
        using (var first = new PortalFactory { KeepAppData = true })
        {
            appData = first.AppData;
            await first.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
            using var client = first.ClientFor(Commune);
            var login = await client.LoginAsync(userName, StrongPassword);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            cookie = login.Headers.GetValues("Set-Cookie").Select(h => h.Split(';')[0])
                .Single(c => c.StartsWith($"{CookieKit.AuthCookie}.{Commune}=", StringComparison.Ordinal));
            cookie = cookie[(cookie.IndexOf('=') + 1)..];
        }
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(appData, DataProtectionKeys.FolderName), "key-*.xml"));

        using var second = new PortalFactory { AppData = appData };
        var replay = await CookieKit.GetWithCookieAsync(second, Commune + "/account/manage", cookie, Commune);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
    }
}
