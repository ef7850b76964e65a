using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Identity;

/// <summary>Captures a tenant's auth cookie and replays it by hand, as an attacker copying cookies would.</summary>
internal static class CookieKit
{
    public const string AuthCookie = ".Portal.Auth";

    /// <summary>Signs in on <paramref name="tenant"/> and returns the auth cookie's value (chunks joined as the browser would send them).</summary>
    public static async Task<string> SignInAndCaptureAsync(PortalFactory factory, string tenant, string userName, string password)
    {
        using var client = factory.ClientFor(tenant);
        var response = await client.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie")
            .Select(h => h.Split(';')[0])
            .Single(c => c.StartsWith($"{AuthCookie}.{tenant}=", StringComparison.Ordinal));
        return cookie[(cookie.IndexOf('=') + 1)..];
    }

    /// <summary>GETs <paramref name="url"/> carrying <paramref name="value"/> under each auth cookie name given, with no cookie jar.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(PortalFactory factory, string url, string value, params string[] tenantNames)
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", string.Join("; ", tenantNames.Select(t => $"{AuthCookie}.{t}={value}").Append($"{AuthCookie}={value}")));
        return await http.SendAsync(request);
    }
}
