using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.Core.Admin;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// Every state-changing route of the portal, its modules and its theme, found in the endpoint table rather than
/// listed by hand, refuses a request without an antiforgery token from a signed-in user with every right
/// (the commune's Administrator; the operator for the host's own screens) and changes nothing.
/// A new route cannot forget the check: it joins this sweep by existing.
/// </summary>
public sealed partial class AntiforgerySweepTests(AntiforgeryFactory factory) : IClassFixture<AntiforgeryFactory>
{
    private const string Commune = IdentityTestKit.Commune;

    /// <summary>
    /// Reviewed exceptions: endpoints allowed to skip the check (with the reason in docs/SECURITY.md). None today;
    /// adding one means adding it here and there.
    /// </summary>
    private static readonly string[] ReviewedExceptions = [];

    [GeneratedRegex("hx-headers=\"([^\"]+)\"")]
    private static partial Regex HxHeadersPattern();

    [Fact]
    public async Task EveryUnsafeRoute_ShouldAnswer400AndChangeNothing_WhenPostedWithoutToken()
    {
        using var admin = await factory.AdminAsync();
        using var host = await factory.OperatorAsync();
        var routes = UnsafeRoutes();
        var tenantBefore = DataSnapshot.Of(factory.TenantDatabase(Commune));
        var hostBefore = DataSnapshot.Of(factory.HostDatabase);

        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var client = route.HostOnly ? host : admin;
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path)
            {
                Content = route.TakesJson
                    ? JsonContent.Create(new { text = "csrf" })
                    : new FormUrlEncodedContent([new("text", "csrf"), new("Title", "Giả mạo"), new("Revision", "1")]),
            };
            using var response = await client.Http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                wrong.Add($"{route.Method} {route.Path} ({route.DisplayName}) answered {(int)response.StatusCode}");
            }
        }

        Assert.True(routes.Count > 50, $"Only {routes.Count} unsafe routes found; the endpoint table was not read whole.");
        Assert.Contains(routes, r => r.Path.StartsWith("test-guestbook", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Path.StartsWith("admin/content/1/publish", StringComparison.Ordinal));
        Assert.Empty(wrong);
        Assert.Equal(tenantBefore, DataSnapshot.Of(factory.TenantDatabase(Commune)));
        Assert.Equal(hostBefore, DataSnapshot.Of(factory.HostDatabase));
    }

    [Fact]
    public void Exemptions_ShouldBeOnlyTheReviewedOnes()
    {
        var exempt = Endpoints()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Antiforgery.IAntiforgeryMetadata>() is { RequiresValidation: false }
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.ViewFeatures.IAntiforgeryPolicy>() is Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute)
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? "?")
            .Order()
            .ToList();

        Assert.Equal(ReviewedExceptions, exempt);
    }

    [Fact]
    public async Task HtmxCall_ShouldBeAccepted_WhenItCarriesTheHeaderTheAdminLayoutGivesIt()
    {
        using var admin = await factory.AdminAsync();
        var page = await admin.GetStringAsync("admin/content/new/Article");
        var headers = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(WebUtility.HtmlDecode(HxHeadersPattern().Match(page).Groups[1].Value))!;

        using var request = new HttpRequestMessage(HttpMethod.Post, "admin/content/similar") { Content = new FormUrlEncodedContent([new("Title", "Tin tức")]) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add(PortalAntiforgery.HeaderName, headers[PortalAntiforgery.HeaderName]);
        using var withHeader = await admin.Http.SendAsync(request);
        using var without = await admin.Http.PostAsync("admin/content/similar", new FormUrlEncodedContent([new("Title", "Tin tức")]));

        Assert.Equal(HttpStatusCode.OK, withHeader.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
    }

    [Fact]
    public async Task ModuleJsonEndpoint_ShouldRun_WhenTheTokenComesInTheHeader()
    {
        using var admin = await factory.AdminAsync();
        var page = await admin.GetStringAsync("admin");
        var headers = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(WebUtility.HtmlDecode(HxHeadersPattern().Match(page).Groups[1].Value))!;

        using var request = new HttpRequestMessage(HttpMethod.Post, "test-guestbook") { Content = JsonContent.Create(new { text = "hợp lệ" }) };
        request.Headers.Add(PortalAntiforgery.HeaderName, headers[PortalAntiforgery.HeaderName]);
        using var response = await admin.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await factory.AuditAsync(Commune, "hợp lệ"), a => a.Action == "GuestbookJson");
    }

    [Fact]
    public async Task ContentCreate_ShouldCreateNothing_WhenPostedWithoutToken()
    {
        using var admin = await factory.AdminAsync();
        var section = await factory.SectionForAsync("Link");
        (string, string)[] fields = [("Title", ContentAdminKit.Unique("Liên kết")), ("SectionId", section?.ToString() ?? ""), ("Parts.Url", "https://kontum.gov.vn/"), ("Intent", "publish")];
        var before = await factory.QueryAsync(Commune, db => db.ContentItems.CountAsync());

        using var forged = await admin.Http.PostAsync("admin/content/new/Link", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        var afterForged = await factory.QueryAsync(Commune, db => db.ContentItems.CountAsync());
        var (genuine, id) = await admin.CreateAsync("Link", fields);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, afterForged);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.True(id > 0);
    }

    [Fact]
    public async Task RefusedPost_ShouldSayWhyInVietnamese()
    {
        using var admin = await factory.AdminAsync();

        using var response = await admin.Http.PostAsync("admin/content/1/publish", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("thiếu mã xác nhận của biểu mẫu", await response.Content.ReadAsStringAsync());
    }

    private sealed record UnsafeRoute(string Method, string Path, string DisplayName, bool HostOnly, bool TakesJson);

    private List<RouteEndpoint> Endpoints()
    {
        using var warm = factory.ClientFor(Commune);
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private List<UnsafeRoute> UnsafeRoutes() =>
        Endpoints()
            .Select(e => (Endpoint: e, Method: UnsafeMethod(e)))
            .Where(x => x.Method is not null)
            .Select(x => new UnsafeRoute(
                x.Method!,
                PathOf(x.Endpoint.RoutePattern),
                x.Endpoint.DisplayName ?? "",
                x.Endpoint.Metadata.GetMetadata<HostTenantOnlyAttribute>() is not null,
                x.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true))
            .ToList();

    /// <summary>The first state-changing method the endpoint takes; POST for an endpoint that takes any method.</summary>
    private static string? UnsafeMethod(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods
            ? methods.HttpMethods.FirstOrDefault(PortalAntiforgery.IsUnsafe)
            : "POST";

    /// <summary>A concrete path for the pattern: item 1 (the demo seed has it), an article, the commune, "x" elsewhere.</summary>
    private static string PathOf(RoutePattern pattern) =>
        string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => ValueFor(parameter),
            _ => "",
        }))));

    private static string ValueFor(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1"
        : parameter.Name switch
        {
            "type" => "Article",
            "name" => Commune,
            _ => "x",
        };
}
