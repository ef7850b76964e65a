using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Core.Security;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Errors;

/// <summary>Every answer carries the security headers: pages, error pages, static files, cached pages, unknown hosts.</summary>
[Collection(ProductionCollection.Name)]
public sealed partial class SecurityHeaderTests(ProductionFactory factory)
{
    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex HeaderNonce();

    [GeneratedRegex("<style nonce=\"([^\"]+)\"")]
    private static partial Regex StyleNonce();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";

    [Theory]
    [InlineData("xa-dak-plo", "", "localhost", "'self'", "SAMEORIGIN")]
    [InlineData("xa-dak-plo", "bai-viet/khong-co", "localhost", "'self'", "SAMEORIGIN")]
    [InlineData("xa-dak-plo", "test-fault/crash", "localhost", "'self'", "SAMEORIGIN")]
    [InlineData("xa-dak-plo", "lib/bootstrap/css/bootstrap.min.css", "localhost", "'self'", "SAMEORIGIN")]
    [InlineData("xa-dak-plo", "account/login", "localhost", "'none'", "DENY")]
    [InlineData("xa-dak-plo", "admin", "localhost", "'none'", "DENY")]
    [InlineData(null, "", "gia-mao.example.com", "'self'", "SAMEORIGIN")]
    [InlineData(null, "admin/tenants", "localhost", "'none'", "DENY")]
    public async Task EveryAnswer_ShouldCarryTheSecurityHeaders(string? unit, string path, string host, string framing, string frameOptions)
    {
        using var client = factory.ClientFor(unit, host);

        var response = await client.GetAsync(path);
        var csp = Header(response, "Content-Security-Policy");

        Assert.Contains("script-src 'self' 'nonce-", csp);
        Assert.Contains("style-src 'self' 'nonce-", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Contains($"frame-ancestors {framing}", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal(frameOptions, Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeadersMiddleware.PermissionsPolicy, Header(response, "Permissions-Policy"));
        Assert.Equal("", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task AdminPage_ShouldRefuseFraming_EvenWhereAntiforgerySetsItsOwnRule()
    {
        using var admin = factory.ClientFor("xa-dak-plo");
        await admin.LoginAsync("quantri", PortalFactory.DemoPassword);

        var response = await admin.GetAsync("admin/content/new/Article");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task PublicPage_ShouldCarryTheNonceItsHeaderNames_AlsoWhenServedFromTheCache()
    {
        using var reader = factory.ClientFor("th-muong-muon");

        var first = await reader.GetAsync("");
        var second = await reader.GetAsync("");

        foreach (var response in new[] { first, second })
        {
            var nonce = HeaderNonce().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;
            Assert.NotEmpty(nonce);
            Assert.Equal(nonce, StyleNonce().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
        }
    }

    [Fact]
    public async Task Nonce_ShouldBeNewForEveryPageThatIsDrawn()
    {
        using var admin = factory.ClientFor("xa-dak-plo");

        var first = Header(await admin.GetAsync("account/login"), "Content-Security-Policy");
        var second = Header(await admin.GetAsync("account/login"), "Content-Security-Policy");

        Assert.NotEqual(HeaderNonce().Match(first).Groups[1].Value, HeaderNonce().Match(second).Groups[1].Value);
    }

    [Fact]
    public async Task Hsts_ShouldBeSent_OverHttpsOnly()
    {
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/xa-dak-plo/"), AllowAutoRedirect = false });

        var response = await https.GetAsync("");

        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }
}
