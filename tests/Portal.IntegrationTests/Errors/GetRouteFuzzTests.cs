using System.Collections.Concurrent;
using Microsoft.AspNetCore.Routing.Patterns;
using Portal.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// Every GET route of every module, filled with the odd values people type or tools send (empty, huge, negative,
/// far dates, bad percent-encodings, doubled slashes, long strings), as an anonymous reader and as a signed-in unit
/// administrator: bad input is the reader's mistake, answered with a 4xx, never a server error.
/// </summary>
[Collection(ProductionCollection.Name)]
public sealed class GetRouteFuzzTests(ProductionFactory factory, ITestOutputHelper output)
{
    private const string Unit = "xa-dak-plo";

    /// <summary>URL text as a browser sends it (escapes kept as typed, bad ones included), put into paths and queries.</summary>
    private static readonly string[] OddValues =
    [
        "", "%20", "0", "-1", "-2147483649", "2147483648", "99999999999999999999999", "1e308", "NaN", "true",
        "0001-01-01", "9999-12-31", "10000-01-01", "2024-02-30", "31/12/9999", "1900-01-01T25:61",
        "%", "%zz", "%C0%AF", "%FF%FE", "%E1%BA", "..", "..%2F..%2Fhost.db", "a%2F%2Fb",
        "Ti%E1%BA%BFng%20Vi%E1%BB%87t", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27%20OR%201%3D1--", "%7B0%7D", "%E2%80%AE",
        new string('a', 3000),
    ];

    /// <summary>Values only a query can carry: Kestrel refuses a NUL in the path before the application sees it (the test server throws).</summary>
    private static readonly string[] QueryOnly = ["%00", "a%00b"];

    /// <summary>Query values every request may carry besides the handler's own: culture switches and the language of an article.</summary>
    private static readonly string[] AlwaysRead = ["culture", "ui-culture", "lang", "page", "q"];

    [Fact]
    public async Task EveryGetRoute_ShouldNeverAnswer5xx_WhenFilledWithOddValues()
    {
        var routes = GetRoute.All(factory.Services, FaultModule.Owns);
        output.WriteLine($"{routes.Count} GET routes");
        using var reader = factory.ClientFor(Unit);
        using var admin = factory.ClientFor(Unit);
        await admin.LoginAsync("quantri", PortalFactory.DemoPassword);
        var requests = routes.SelectMany(Requests).Distinct().ToList();
        var failures = new ConcurrentQueue<string>();

        foreach (var (name, client) in new[] { ("reader", reader), ("admin", admin) })
        {
            await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, cancellationToken) =>
            {
                var uri = new Uri($"http://localhost/{url}");
                using var response = await client.Http.GetAsync(uri, cancellationToken);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Enqueue($"{name} {(int)response.StatusCode} {url[..Math.Min(url.Length, 200)]}");
                }
            });
        }
        output.WriteLine($"{requests.Count * 2} requests");

        Assert.True(failures.IsEmpty, $"{failures.Count} server errors:\n" + string.Join("\n", failures.Take(60)));
    }

    /// <summary>For each odd value: once in every route parameter (with plausible query values), once in every query value (with plausible route values), and the address behind a doubled slash.</summary>
    private static IEnumerable<string> Requests(GetRoute route)
    {
        var queryNames = route.QueryNames.Concat(AlwaysRead).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var plainPath = route.Path(Plausible);
        yield return $"/{Unit}/{plainPath}";
        yield return $"{Unit}//{plainPath}";
        foreach (var value in OddValues)
        {
            yield return $"{Unit}/{route.Path(_ => value)}";
        }
        foreach (var value in OddValues.Concat(QueryOnly))
        {
            yield return $"{Unit}/{plainPath}?" + string.Join('&', queryNames.Select(n => $"{n}={value}"));
        }
    }

    private static string Plausible(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content?.StartsWith("int", StringComparison.Ordinal) == true) ? "1"
        : parameter.IsCatchAll ? "anh/khong-co.jpg"
        : "gioi-thieu";
}
