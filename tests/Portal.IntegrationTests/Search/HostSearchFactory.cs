using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Infrastructure;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The real host with the host index's periodic sweep effectively off: after the first sweep at start, only
/// changes made on this node reach the host index by themselves, so a test decides when a sweep picks up the
/// rest and can first prove that nothing else did.
/// </summary>
public sealed class HostSearchFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Search:HostIndexSweepInterval", "12:00:00");
    }

    public HostIndexer HostIndexer => Services.GetRequiredService<HostIndexer>();

    public HostIndex HostIndex => Services.GetRequiredService<HostIndex>();

    /// <summary>Waits for the background host indexer to catch up what this node changed (and its first sweep).</summary>
    public Task WhenHostIndexedAsync() => HostIndexer.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
}
