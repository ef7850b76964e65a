using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Theme;

/// <summary>Creates items the way editors do (through ContentService in the unit's scope) for the public-site tests.</summary>
internal static class ThemeContent
{
    /// <summary>A suffix that keeps titles unique across the shared demo tenants and repeated runs.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Serializes a parts record exactly as the admin stores it.</summary>
    public static string Parts<T>(T parts) => JsonSerializer.Serialize(parts, ContentParts.Options);

    public static async Task<ContentItem> CreateAsync(PortalFactory factory, string tenant, string type, ContentDraft draft, bool publish = true)
    {
        using var scope = factory.TenantScope(tenant);
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var created = await content.CreateAsync(type, draft, null);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        if (publish)
        {
            var published = await content.PublishAsync(created.Value!.Id, null);
            Assert.True(published.Succeeded, string.Join("; ", published.Errors));
        }
        return created.Value!;
    }
}
