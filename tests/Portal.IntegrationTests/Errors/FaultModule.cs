using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Portal.Abstractions.Modules;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// Endpoints that fail on purpose, on every unit: an exception of each kind the error path tells apart, and an empty
/// answer with any status. Only the error-path tests' host has it; the fuzz test leaves it out.
/// </summary>
public sealed class FaultModule : ModuleStartup
{
    public const string Id = "Test.Faults";
    public const string Secret = "chi-tiet-noi-bo-khong-duoc-lo";

    public override ModuleManifest Manifest { get; } = new(Id, "Lỗi thử nghiệm", "Phân hệ gây lỗi để kiểm thử trang lỗi.", AlwaysEnabled: true);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("test-fault/{kind}", (string kind) => kind switch
        {
            "crash" => throw new InvalidOperationException(Secret),
            "disk-full" => throw new IOException("No space left on device : '/data/" + Secret + "'", 28),
            "read-only" => throw new UnauthorizedAccessException("Access to the path '/data/" + Secret + "' is denied."),
            "sqlite-full" => throw new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)),
            "sqlite-io" => throw new SqliteException("SQLite Error 10: 'disk I/O error'.", 10),
            _ => Results.NotFound(),
        });
        endpoints.MapGet("test-status/{code:int:range(400,599)}", (int code) => Results.StatusCode(code));
    }

    /// <summary>True for the endpoints above, which the fuzz test skips.</summary>
    public static bool Owns(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId == Id;
}
