using Microsoft.AspNetCore.Hosting;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The real host with host-search slices of one unit each: every unit after the first is in a later slice,
/// so a search that stopped early (as the old cap of 500 units did) would miss them.
/// </summary>
public sealed class HostSearchFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Search:HostSearchSliceSize", "1");
    }
}
