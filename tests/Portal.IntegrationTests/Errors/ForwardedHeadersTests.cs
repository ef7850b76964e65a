using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Web;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// Behind a reverse proxy the portal learns the scheme from X-Forwarded-Proto, so HTTPS answers get HSTS; only from
/// a trusted proxy, and only when the operator turned it on. The two pieces of the portal's pipeline, on a test server.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static async Task<HttpResponseMessage> SendAsync(bool enabled, string remoteAddress, string? forwardedProto)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Portal:Hosting:Proxy:Enabled"] = enabled ? "true" : "false";
        builder.Configuration["Portal:Hosting:Proxy:KnownProxies:0"] = "10.0.0.5";
        builder.Services.AddOptions<SecurityHeadersOptions>();
        await using var app = builder.Build();
        // The test server has no socket: the address the request comes from is set here, as Kestrel would.
        app.Use((context, next) => { context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress); return next(context); });
        app.UsePortalForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.Run(context => context.Response.WriteAsync(context.Request.Scheme));
        await app.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://portal.example/");
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        return await app.GetTestClient().SendAsync(request);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("127.0.0.1")]
    public async Task ForwardedHttps_ShouldTurnOnHsts_WhenItComesFromATrustedProxy(string proxy)
    {
        var response = await SendAsync(enabled: true, proxy, "https");

        Assert.Equal("https", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(true, "203.0.113.9")]
    [InlineData(false, "10.0.0.5")]
    public async Task ForwardedHttps_ShouldBeIgnored_FromAnUntrustedAddressOrWhenTheProxyIsOff(bool enabled, string remote)
    {
        var response = await SendAsync(enabled, remote, "https");

        Assert.Equal("http", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void ProxySettings_ShouldBeRefusedAtStart_WhenAnAddressIsNotOne()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ForwardedHeadersSetup.Build(new ReverseProxyOptions { Enabled = true, KnownNetworks = ["10.0.0.0/99"] }));

        Assert.Contains("KnownNetworks", error.Message);
    }
}
