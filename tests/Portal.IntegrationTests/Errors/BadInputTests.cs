using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Editorial.Approval.Tests.Integration;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Errors;

/// <summary>What readers and administrators type, refused with a 4xx and a Vietnamese reason instead of a server error.</summary>
[Collection(ProductionCollection.Name)]
public sealed class BadInputTests(ProductionFactory factory)
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    public async Task Schedule_ShouldAnswer400WithThisWeekAndANotice_WhenTheWeekIsFarOff(string week)
    {
        using var reader = factory.ClientFor(ApprovalKit.Commune);

        var response = await reader.GetAsync($"lich-cong-tac?tuan={week}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nằm ngoài khoảng từ năm 1900 đến năm 2199", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("admin/audit?From=9999-12-31&To=9999-12-31")]
    [InlineData("admin/audit?From=0001-01-01")]
    [InlineData("admin/audit?To=9999-12-31")]
    public async Task AuditTrail_ShouldAnswer400WithAVietnameseMessage_WhenDatesAreFarOff(string path)
    {
        using var admin = await factory.AdminAsync();

        var page = await admin.GetAsync(path);
        var export = await admin.GetAsync(path.Replace("admin/audit?", "admin/audit/export?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Ngày phải nằm trong khoảng từ 01/01/1900 đến 31/12/2199.", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Contains("Ngày phải nằm trong khoảng", await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AuditTrail_ShouldAnswer400WithAVietnameseMessage_WhenADateIsNotADate()
    {
        using var admin = await factory.AdminAsync();

        var page = await admin.GetAsync("admin/audit?From=31-31-2024");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("không hợp lệ", await page.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> BrokenDefinitions() => new()
    {
        { "States", "thiếu giá trị “States”" },
        { "Transitions[0]", "thiếu giá trị “Transitions[0]”" },
        { "Transitions[0].Who", "thiếu giá trị “Transitions[0].Who”" },
        { "States[0].Code", "thiếu giá trị “States[0].Code”" },
        { "Routes", "thiếu giá trị “Routes”" },
    };

    [Theory]
    [MemberData(nameof(BrokenDefinitions))]
    public async Task RoutingImport_ShouldBeRefusedWithAVietnameseMessage_WhenAValueIsNull(string nulled, string message)
    {
        using var head = await factory.AsAsync(ApprovalKit.School, "truongban");
        var json = JsonNode.Parse(await head.GetStringAsync("admin/approval/routing/definition.json"))!;
        SetNull(json, nulled);
        var versions = await factory.ApprovalAsync(ApprovalKit.School, db => db.Definitions.CountAsync());

        var response = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing/definition", ("json", json.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(versions, await factory.ApprovalAsync(ApprovalKit.School, db => db.Definitions.CountAsync()));
    }

    /// <summary>Sets "A", "A[0]" or "A[0].B" of the exported definition (property names in camelCase as exported) to null.</summary>
    private static void SetNull(JsonNode root, string path)
    {
        static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
        var parts = path.Split('.');
        JsonNode node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[');
            var name = Camel(bracket < 0 ? part : part[..bracket]);
            var last = i == parts.Length - 1;
            if (bracket < 0)
            {
                if (last)
                {
                    node[name] = null;
                    return;
                }
                node = node[name]!;
                continue;
            }
            var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (last)
            {
                node[name]![index] = null;
                return;
            }
            node = node[name]![index]!;
        }
    }

    [Fact]
    public async Task TwoFactorPage_ShouldShowAKey_WhenOpenedSeveralTimesAtOnce()
    {
        var userName = IdentityTestKit.NewUserName("hai-lop");
        await factory.CreateUserAsync(ApprovalKit.Commune, userName);
        using var user = await factory.SignedInAsync(ApprovalKit.Commune, userName, IdentityTestKit.StrongPassword);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => user.GetAsync("account/manage/two-factor")));
        var keys = await Task.WhenAll(responses.Select(async r => System.Text.RegularExpressions.Regex.Match(
            await r.Content.ReadAsStringAsync(), "secret=([A-Z2-7]+)").Groups[1].Value));

        // Two pages racing to make the first key both show one (the loser reads the winner's), not a server error.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(keys, k => Assert.NotEmpty(k));
    }
}
