using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Identity;
using Portal.Core.Admin;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// The browser's half of antiforgery: every page the portal serves (found in the endpoint table, as the unit's
/// Administrator and the operator) puts the token in each of its post forms, so the check that every unsafe
/// request now meets does not break a real form. htmx forms are exempt: the admin layout sends the token as a header.
/// </summary>
public sealed class FormTokenTests(AntiforgeryFactory factory) : IClassFixture<AntiforgeryFactory>
{
    [Fact]
    public async Task EveryPostForm_ShouldCarryTheToken_OnEveryPageTheEndpointTableLeadsTo()
    {
        using var admin = await factory.AdminAsync();
        using var host = await factory.OperatorAsync();
        var pages = Pages();
        var parser = new HtmlParser();

        var missing = new List<string>();
        var formsSeen = 0;
        foreach (var (path, hostOnly) in pages)
        {
            using var response = await (hostOnly ? host : admin).GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var form in document.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                formsSeen++;
                if (form.QuerySelector("input[name=__RequestVerificationToken]") is null && !form.HasAttribute("hx-post"))
                {
                    missing.Add($"{path}: <form action=\"{form.GetAttribute("action")}\">");
                }
            }
        }

        Assert.True(formsSeen > 30, $"Only {formsSeen} post forms seen on {pages.Count} pages.");
        Assert.Empty(missing);
    }

    /// <summary>Every GET route, with item 1, an article and the commune for its parameters; host-only ones on the host.</summary>
    private List<(string Path, bool HostOnly)> Pages()
    {
        using var warm = factory.ClientFor(IdentityTestKit.Commune);
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => !e.RoutePattern.Parameters.Any(p => p.IsCatchAll))
            .Select(e => (Path(e.RoutePattern), e.Metadata.GetMetadata<HostTenantOnlyAttribute>() is not null))
            .Distinct()
            .ToList();
    }

    private static string Path(RoutePattern pattern) =>
        string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1"
                : parameter.Name == "type" ? "Article" : parameter.Name == "name" ? IdentityTestKit.Commune : "x",
            _ => "",
        })))).TrimStart('/');
}
