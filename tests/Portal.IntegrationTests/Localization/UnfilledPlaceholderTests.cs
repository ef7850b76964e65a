using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Errors;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Localization;

/// <summary>
/// Every admin and account page of the endpoint table, rendered in Vietnamese and in English as the unit's administrator
/// and, on the host, as the operator: no text may show a format placeholder left unfilled ("Thêm {0}" was the heading of
/// the new-article page). Route values come from the unit's real data; a new GET route with parameters fails here until
/// it is given sample values, so it cannot go unchecked.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class UnfilledPlaceholderTests(PortalFactory factory, ITestOutputHelper output)
{
    private const string Unit = "xa-dak-plo";

    /// <summary>"{0}", "{1:N0}", "{0,-5}"; not Liquid's "{{ … }}" nor JSON's "{"…"}".</summary>
    [GeneratedRegex(@"(?<!\{)\{\d{1,2}(?:,-?\d+)?(?::[^{}\r\n<>""]{0,20})?\}(?!\})")]
    private static partial Regex Placeholder();

    private static readonly string[] Languages = ["vi-VN", "en-US"];

    /// <summary>Pages no signed-in administrator reaches by a GET: the second-factor step needs a sign-in waiting for it.</summary>
    private static readonly string[] NotRenderable = ["account/login-2fa"];

    [Fact]
    public async Task EveryAdminPage_ShouldFillEveryPlaceholder_InBothLanguages()
    {
        var routes = GetRoute.All(factory.Services, endpoint => !IsAdminPage(endpoint));
        var unitValues = await SampleValuesAsync(Unit);
        using var unitAdmin = await factory.AdminAsync(Unit);
        using var hostOperator = await factory.SignedInAsync(null!, PortalFactory.OperatorUser, PortalFactory.OperatorPassword);
        var hostValues = new Dictionary<string, IReadOnlyList<string>>(await SampleValuesAsync("host"))
        {
            ["admin/tenants/{name}/details"] = [Unit, "th-muong-muon"],
        };
        var failures = new List<string>();
        var rendered = new HashSet<string>();

        foreach (var route in routes)
        {
            foreach (var (who, client, values) in new[] { ("quantri", unitAdmin, unitValues), ("operator", hostOperator, hostValues) })
            {
                foreach (var path in Paths(route, values))
                {
                    foreach (var language in Languages)
                    {
                        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                        using var response = await client.GetAsync($"{path}{separator}culture={language}&ui-culture={language}");
                        // The access-denied page answers 403 with a page of its own.
                        if (response.StatusCode == HttpStatusCode.OK || (response.StatusCode == HttpStatusCode.Forbidden && response.Content.Headers.ContentType?.MediaType == "text/html"))
                        {
                            rendered.Add(route.Pattern.RawText!);
                            var text = await response.Content.ReadAsStringAsync();
                            foreach (var leftover in Placeholder().Matches(text).Select(m => Around(text, m)).Distinct())
                            {
                                failures.Add($"{who} {language} /{path}: …{leftover}…");
                            }
                        }
                        else if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{who} {language} /{path}: {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }
        output.WriteLine($"{routes.Count} admin GET routes, {rendered.Count} rendered");

        var neverRendered = routes.Select(r => r.Pattern.RawText!).Except(rendered).Except(NotRenderable).ToList();
        Assert.True(failures.Count == 0 && neverRendered.Count == 0, string.Join("\n", failures.Distinct())
            + $"\nnever rendered (give them sample values in {nameof(SampleValuesAsync)}, or a user who may see them):\n" + string.Join("\n", neverRendered));
    }

    private static bool IsAdminPage(Endpoint endpoint) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: { } raw }
        && (raw.TrimStart('/').StartsWith("admin", StringComparison.Ordinal) || raw.TrimStart('/').StartsWith("account", StringComparison.Ordinal));

    /// <summary>The route's path for each of its sample values; none for a parameter without samples (reported as never rendered).</summary>
    private static IEnumerable<string> Paths(GetRoute route, IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        route.Pattern.Parameters.Count == 0 ? [route.Path(_ => "")]
        : values.TryGetValue(route.Pattern.RawText!.TrimStart('/'), out var samples) ? samples.Select(sample => route.Path(_ => sample))
        : [];

    /// <summary>Values for the routes that take one parameter, drawn from the unit's own data (every content type, role, section…).</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> SampleValuesAsync(string tenant)
    {
        var items = await factory.QueryAsync(tenant, async db => (await db.ContentItems.AsNoTracking().Where(i => !i.IsDeleted).ToListAsync())
            .GroupBy(i => i.ContentType).Select(g => g.First().Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        var sections = await factory.QueryAsync(tenant, db => db.Sections.AsNoTracking().Select(s => s.Id.ToString()).Take(5).ToListAsync());
        var roles = await factory.QueryAsync(tenant, db => db.Roles.AsNoTracking().Select(r => r.Id).ToListAsync());
        var users = await factory.QueryAsync(tenant, db => db.Users.AsNoTracking().Select(u => u.Id).Take(5).ToListAsync());
        return new Dictionary<string, IReadOnlyList<string>>
        {
            ["admin/content/new/{type}"] = ContentTypes.All.Select(t => t.Name).ToList(),
            ["admin/content/{id:int}"] = items,
            ["admin/content/{id:int}/history"] = items,
            ["admin/approval/{id:int}"] = items,
            ["admin/preview/{id:int}"] = items,
            ["admin/sections/{id:int}/edit"] = sections,
            ["admin/roles/{id}/permissions"] = roles,
            ["admin/users/{id}/edit"] = users,
            ["admin/users/{id}/password"] = users,
        };
    }

    private static string Around(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 40);
        return text[start..Math.Min(text.Length, match.Index + match.Length + 40)].ReplaceLineEndings(" ");
    }
}
