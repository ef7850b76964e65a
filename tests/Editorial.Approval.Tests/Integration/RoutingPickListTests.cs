using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// Issue 13: the routing screen picks users and roles from lists instead of typed user names, keeping the JSON export and
/// import as an advanced option. Own host: it changes the commune's routing.
/// </summary>
public sealed partial class RoutingPickListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Commune = ApprovalKit.Commune;

    [Fact]
    public async Task RoutingScreen_ShouldOfferBoardUsersAndRolesAsLists_AndSaveWhatIsTicked()
    {
        using var head = await factory.AsAsync(Commune, "truongban");
        var page = await head.GetStringAsync("admin/approval/routing");
        var fields = FieldCodes().Matches(page).Select(m => (Index: m.Groups[1].Value, Code: m.Groups[2].Value)).ToList();
        var education = fields.Single(f => f.Code == "giao-duc").Index;

        Assert.Matches($"type=\"checkbox\" name=\"Routes\\[{education}\\]\\.Users\" value=\"thanhvien\\.yte\"", page);
        Assert.Matches($"type=\"checkbox\" name=\"Routes\\[{education}\\]\\.Roles\" value=\"Thư ký\"", page);
        Assert.Matches($"type=\"checkbox\" name=\"Routes\\[{education}\\]\\.Deputies\" value=\"thanhvien\"", page);
        Assert.DoesNotMatch("name=\"Routes\\[\\d+\\]\\.Users\" value=\"(ctv|ketoan)\"", page);
        Assert.DoesNotMatch("<input class=\"form-control[^\"]*\" name=\"Routes\\[", page);
        Assert.Matches("type=\"checkbox\" name=\"Notifications\\[\\d+\\]\\.Roles\" value=\"Trưởng ban biên tập\"", page);
        Assert.Contains("data-testid=\"advanced-json\"", page);
        Assert.Contains("admin/approval/routing/definition.json", page);
        // The filter boxes come from the module's own static files, served like the theme's (no inline script under the CSP).
        Assert.Matches("<script[^>]* src=\"/xa-dak-plo/_content/Editorial.Approval/js/approval.js\"", page);
        Assert.Contains("pick-list-filter", await head.GetStringAsync("_content/Editorial.Approval/js/approval.js"));

        var deadlines = Regex.Matches(page, "name=\"DeadlineValues\\[(\\d+)\\]\" value=\"([^\"]*)\"").Select(m => ($"DeadlineValues[{m.Groups[1].Value}]", m.Groups[2].Value));
        var saved = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing",
        [
            .. fields.Select(f => ($"Routes[{f.Index}].FieldCode", f.Code)),
            ($"Routes[{education}].Users", "thanhvien.yte"), ($"Routes[{education}].Users", "thanhvien"),
            ($"Routes[{education}].Roles", "Thư ký"), ($"Routes[{education}].Deputies", "phoban"),
            .. deadlines,
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var route = JsonNode.Parse(await head.GetStringAsync("admin/approval/routing/definition.json"))!["routes"]!.AsArray()
            .Single(r => r!["fieldCode"]!.GetValue<string>() == "giao-duc")!;
        Assert.Equal(["thanhvien.yte", "thanhvien"], route["users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(["Thư ký"], route["roles"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(["phoban"], route["deputies"]!.AsArray().Select(u => u!.GetValue<string>()));
        var after = await head.GetStringAsync("admin/approval/routing");
        Assert.Matches($"name=\"Routes\\[{education}\\]\\.Users\" value=\"thanhvien\\.yte\" id=\"[^\"]+\" checked=\"checked\"", after);
    }

    [GeneratedRegex("name=\"Routes\\[(\\d+)\\]\\.FieldCode\" value=\"([^\"]*)\"")]
    private static partial Regex FieldCodes();
}
