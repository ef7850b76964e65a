using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Editorial.Approval.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// The routing screen offers to notify at a step only roles that can open the item (not the accountant, not contributors),
/// and the server refuses a saved or imported definition naming another role, in Vietnamese, changing nothing.
/// </summary>
[Collection(ApprovalCollection.Name)]
public sealed class NotifiableRolesTests(PortalFactory factory)
{
    private const string Tenant = ApprovalKit.Commune;
    private const string Refusal = "người giữ vai trò “Kế toán” không được xem bài đang duyệt nên không thể nhận thông báo.";

    [Fact]
    public async Task RoutingScreen_ShouldOfferOnlyRolesThatCanOpenTheItem_WhenPickingWhoIsNotified()
    {
        using var head = await factory.AsAsync(Tenant, "truongban");

        var page = await head.GetStringAsync("admin/approval/routing");

        Assert.Matches("type=\"checkbox\" name=\"Notifications\\[\\d+\\]\\.Roles\" value=\"Trưởng ban biên tập\"", page);
        Assert.Matches("type=\"checkbox\" name=\"Notifications\\[\\d+\\]\\.Roles\" value=\"Thư ký\"", page);
        Assert.DoesNotMatch("name=\"Notifications\\[\\d+\\]\\.Roles\" value=\"(Kế toán|Cộng tác viên)\"", page);
    }

    [Fact]
    public async Task SavedRoutingNotifyingTheAccountant_ShouldBeRefusedInVietnamese_AndChangeNothing()
    {
        using var head = await factory.AsAsync(Tenant, "truongban");
        var page = await head.GetStringAsync("admin/approval/routing");
        var deadlines = Regex.Matches(page, "name=\"DeadlineValues\\[(\\d+)\\]\" value=\"([^\"]*)\"").Select(m => ($"DeadlineValues[{m.Groups[1].Value}]", m.Groups[2].Value));
        var versions = await factory.ApprovalAsync(Tenant, db => db.Definitions.CountAsync());

        var saved = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing",
        [
            .. deadlines,
            ("Notifications[0].State", ApprovalTemplates.Review), ("Notifications[0].InApp", "true"),
            ("Notifications[0].Roles", "Trưởng ban biên tập"), ("Notifications[0].Roles", "Kế toán"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.Contains(Refusal, await saved.BodyAsync());
        Assert.Equal(versions, await factory.ApprovalAsync(Tenant, db => db.Definitions.CountAsync()));
    }

    [Fact]
    public async Task ImportedDefinitionNotifyingTheAccountant_ShouldBeRefusedInVietnamese_AndChangeNothing()
    {
        using var head = await factory.AsAsync(Tenant, "truongban");
        var json = JsonNode.Parse(await head.GetStringAsync("admin/approval/routing/definition.json"))!;
        json["notifications"] = new JsonArray(new JsonObject
        {
            ["state"] = ApprovalTemplates.Review, ["movers"] = true, ["author"] = false, ["roles"] = new JsonArray("Kế toán"), ["inApp"] = true, ["email"] = false,
        });
        var versions = await factory.ApprovalAsync(Tenant, db => db.Definitions.CountAsync());

        var imported = await head.PostFormAsync("admin/approval/routing", "admin/approval/routing/definition", ("json", json.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, imported.StatusCode);
        Assert.Contains(Refusal, await imported.BodyAsync());
        Assert.Equal(versions, await factory.ApprovalAsync(Tenant, db => db.Definitions.CountAsync()));
    }
}
