using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Modules;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// A module whose endpoints are minimal APIs, not controllers: a JSON post, a form post and a delete, each writing
/// to the audit trail, so the antiforgery sweep covers the module path and can see a write that slipped through.
/// </summary>
public sealed class GuestbookModule : ModuleStartup
{
    public const string Id = "Test.Guestbook";

    public sealed record Entry(string Text);

    public override ModuleManifest Manifest { get; } = new(Id, "Sổ góp ý thử nghiệm", "Phân hệ thử các điểm cuối không phải bộ điều khiển.", AlwaysEnabled: true);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("test-guestbook", async (Entry entry, IAuditTrail audit) =>
        {
            await audit.RecordAsync(new AuditEntry("Test", "GuestbookJson", entry.Text));
            return Results.Ok();
        }).RequireAuthorization();
        endpoints.MapPost("test-guestbook/form", async ([FromForm] string text, IAuditTrail audit) =>
        {
            await audit.RecordAsync(new AuditEntry("Test", "GuestbookForm", text));
            return Results.Ok();
        }).RequireAuthorization();
        endpoints.MapDelete("test-guestbook/{id:int}", async (int id, IAuditTrail audit) =>
        {
            await audit.RecordAsync(new AuditEntry("Test", "GuestbookDelete", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Results.NoContent();
        }).RequireAuthorization();
    }
}
