using Microsoft.AspNetCore.Hosting;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The real host with the index poller effectively off, so a test decides when the index catches up and
/// can first prove that it has not (otherwise a timer could make a broken catch-up look right).
/// </summary>
public sealed class QuietIndexFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Search:PollInterval", "12:00:00");
    }
}
