using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Media;

/// <summary>
/// Serves "~/media/{path}" from the current tenant's media folder only. The tenant comes from the
/// request (host or prefix), the path is checked by <see cref="MediaPaths.Resolve"/>, and only the
/// library's own extensions are served, so neither "../" nor another tenant's address reaches a file.
/// </summary>
public static class MediaFileEndpoint
{
    /// <summary>Stored names carry a random part and are never overwritten, so copies may be cached long.</summary>
    private const string CacheControl = "public, max-age=2592000";

    public static IEndpointConventionBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("media/{**path}", Serve).AllowAnonymous();

    private static IResult Serve(string? path, HttpContext http, ITenantContext tenant)
    {
        var paths = new MediaPaths(tenant.MediaFolder);
        var file = paths.Resolve(path);
        if (file is not null && !File.Exists(file) && MediaUrls.TryGetPath("media/" + path) is { } original && original != path)
        {
            // A resized copy is only made when narrower than the original; asked for a width it lacks, the
            // original is the best there is (themes list every configured width in srcset without a lookup).
            file = paths.Resolve(original);
        }
        if (file is null || DetectedType.ForExtension(Path.GetExtension(file)) is not { } type || !File.Exists(file))
        {
            return Results.NotFound();
        }
        var info = new FileInfo(file);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        http.Response.Headers.CacheControl = CacheControl;
        // The type is the one the library detected from the content; browsers must not guess another.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file, type.ContentType, lastModified: info.LastWriteTimeUtc, entityTag: etag, enableRangeProcessing: true);
    }
}
