using Microsoft.Extensions.Hosting;
using Portal.Core.Hosting;

namespace Portal.UnitTests.Architecture;

/// <summary>.NET stops the whole host when a plain BackgroundService fails: every background service of the portal restarts itself instead.</summary>
public sealed class BackgroundServiceTests
{
    [Fact]
    public void EveryBackgroundService_ShouldBeSupervised_SoItsFailureNeverStopsTheHost()
    {
        var assemblies = new[]
        {
            typeof(Portal.Core.PortalServiceCollectionExtensions).Assembly,
            typeof(Portal.Search.SearchService).Assembly,
            typeof(Portal.Web.PortalModules).Assembly,
            typeof(Portal.CoreAdmin.CoreAdminModule).Assembly,
            typeof(Portal.ContentAdmin.ContentAdminModule).Assembly,
            typeof(Portal.SearchAdmin.SearchAdminModule).Assembly,
            typeof(CommuneTheme.Startup).Assembly,
            typeof(Editorial.Approval.Startup).Assembly,
        };

        var plain = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && typeof(BackgroundService).IsAssignableFrom(t) && !typeof(SupervisedBackgroundService).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(plain);
    }
}
