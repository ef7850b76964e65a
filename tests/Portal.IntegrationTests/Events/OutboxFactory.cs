using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Events;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Events;

/// <summary>The real host plus a recording handler for <see cref="SampleEvent"/>.</summary>
public sealed class OutboxFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<ITenantEventHandler<SampleEvent>, RecordingHandler>());
    }
}
