using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Core.Media;

/// <summary>Registers the media library for the module that owns it (its tables migrate where that module is on).</summary>
public static class MediaServiceCollectionExtensions
{
    public static IServiceCollection AddPortalMedia(this IServiceCollection services, string moduleId)
    {
        services.AddOptions<MediaOptions>().BindConfiguration("Portal:Media");
        services.AddTenantDbContext<MediaDbContext>(moduleId);
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddSingleton<MediaUsageCache>();
        services.AddScoped<MediaStorage>();
        services.AddScoped<UnitStorageReport>();
        return services;
    }
}
