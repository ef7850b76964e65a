using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using CommuneTheme.Services;

namespace CommuneTheme;

/// <summary>Entry point of the public theme.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest { get; } =
        new("CommuneTheme", "Giao diện trang thông tin", "Giao diện công khai: trang chủ, chuyên mục, trình đơn.", AlwaysEnabled: true);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<SiteChromeService>();
        services.AddScoped<PublishedContent>();
    }
}
