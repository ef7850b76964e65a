using Microsoft.AspNetCore.Hosting;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Media;

/// <summary>The real host with a small image limit (300 KB), so "too big" needs no large test file.</summary>
public sealed class MediaFactory : PortalFactory
{
    public const long ImageLimit = 300 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Media:MaxImageBytes", ImageLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Media tests share one host with the small limit.</summary>
[CollectionDefinition(Name)]
public sealed class MediaCollection : ICollectionFixture<MediaFactory>
{
    public const string Name = "media";
}
