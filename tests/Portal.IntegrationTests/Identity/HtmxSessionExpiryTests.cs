using System.Net;
using Portal.Core.Identity;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Identity;

/// <summary>
/// An htmx call from an admin page after the session expired (the near-duplicate check of the content form) must
/// get a short message for its panel, not the sign-in page swapped into it; pages keep the redirect to sign-in.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HtmxSessionExpiryTests(PortalFactory factory)
{
    private const string Tenant = ContentAdminKit.Commune;

    [Fact]
    public async Task HtmxCallWithoutASession_ShouldGet401AndTheMessage_WithASignInLinkBackToThePage()
    {
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://localhost/{Tenant}/admin/content/similar")
        {
            Content = new FormUrlEncodedContent([new("Title", "Tin đang soạn"), new("Body", "<p>Nội dung đang soạn.</p>")]),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("HX-Current-URL", $"http://localhost/{Tenant}/admin/content/new/Article");

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"session-expired\"", html);
        Assert.Contains(HtmxSignInChallenge.ExpiredMessage, html);
        Assert.Contains($"href=\"/{Tenant}/account/login?ReturnUrl=%2F{Tenant}%2Fadmin%2Fcontent%2Fnew%2FArticle\"", html);
        Assert.Contains("target=\"_blank\"", html);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("name=\"Password\"", html);
    }

    [Fact]
    public async Task HtmxCallFromAnotherSite_ShouldNotLinkBackToIt()
    {
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://localhost/{Tenant}/admin/content/similar");
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("HX-Current-URL", "http://evil.example/admin/content/new/Article");

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/{Tenant}/account/login\"", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task PagesAndPlainPosts_ShouldStillRedirectToSignIn()
    {
        using var reader = factory.ClientFor(Tenant);

        var page = await reader.GetAsync("admin");
        var post = await reader.Http.PostAsync("admin/content/similar", new FormUrlEncodedContent([new("Title", "Tin")]));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("account/login", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("account/login", post.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AdminPages_ShouldTellHtmxToShowThe401Message()
    {
        using var editor = await factory.AsAsync("truongban");

        var html = await editor.GetStringAsync("admin/content/new/Article");

        Assert.Contains("<meta name=\"htmx-config\"", html);
        Assert.Contains("{\"code\":\"401\",\"swap\":true", html);
    }

    [Theory]
    [InlineData(HtmxSignInChallenge.ExpiredMessage)]
    [InlineData(HtmxSignInChallenge.SignInLink)]
    public void Messages_ShouldHaveAnEnglishEntry(string message)
    {
        Assert.True(ViewTranslations.IsTranslated(message));
    }
}
