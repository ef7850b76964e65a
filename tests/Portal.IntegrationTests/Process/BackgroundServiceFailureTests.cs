using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Core.Hosting;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Process;

/// <summary>
/// .NET stops the whole host when a BackgroundService throws: a poller that met a deleted index took every unit's
/// site down. A failing service is now logged, restarted with back-off and shown on the operator's jobs screen.
/// </summary>
public sealed class BackgroundServiceFailureTests
{
    [Fact]
    public async Task FailingBackgroundServices_ShouldNotStopTheHost_AndShouldShowOnTheOperatorsJobsScreen()
    {
        using var factory = new FailingServicesFactory();
        using var visitor = factory.ClientFor("xa-dak-plo");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("")).StatusCode);
        var supervised = factory.Services.GetRequiredService<ThrowingSupervisedService>();
        var plain = factory.Services.GetServices<IHostedService>().OfType<ThrowingPlainService>().Single();

        await supervised.ThirdRun.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Assert.ThrowsAsync<InvalidOperationException>(() => plain.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60)));
        await Task.Yield();

        Assert.False(factory.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, "a failed background service stopped the host");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("")).StatusCode);
        using var operatorClient = factory.ClientFor(null);
        await operatorClient.LoginAsync(PortalFactory.OperatorUser, PortalFactory.OperatorPassword);
        var jobs = await operatorClient.GetStringAsync("admin/jobs");
        Assert.Contains("data-service=\"ThrowingSupervisedService\"", jobs, StringComparison.Ordinal);
        Assert.Contains("Dịch vụ thử hỏng lần 2", jobs, StringComparison.Ordinal);
        Assert.Contains("Dịch vụ nền của máy chủ", jobs, StringComparison.Ordinal);
        // A unit's administrator does not see the process's services (their errors may name other units).
        using var unitAdmin = await factory.SignedInAsync("xa-dak-plo", "quantri", PortalFactory.DemoPassword);
        Assert.DoesNotContain("data-testid=\"background-services\"", await unitAdmin.GetStringAsync("admin/jobs"), StringComparison.Ordinal);
    }

    private sealed class FailingServicesFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Hosting:BackgroundServices:FirstRetryDelay", "00:00:00.050");
            builder.ConfigureServices(services =>
            {
                services.AddHostedService<ThrowingPlainService>();
                services.AddSingleton<ThrowingSupervisedService>();
                services.AddHostedService(sp => sp.GetRequiredService<ThrowingSupervisedService>());
            });
        }
    }

    /// <summary>Not built on the portal's base class: the host must survive it too (HostOptions).</summary>
    private sealed class ThrowingPlainService : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(100, stoppingToken);
            throw new InvalidOperationException("Dịch vụ thường hỏng");
        }
    }

    private sealed class ThrowingSupervisedService(BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
    {
        private int _runs;

        public TaskCompletionSource ThirdRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override string DisplayName => "Dịch vụ thử";

        protected override async Task RunAsync(CancellationToken stoppingToken)
        {
            var run = Interlocked.Increment(ref _runs);
            if (run <= 2)
            {
                throw new InvalidOperationException($"Dịch vụ thử hỏng lần {run}");
            }
            ThirdRun.TrySetResult();
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
    }
}
