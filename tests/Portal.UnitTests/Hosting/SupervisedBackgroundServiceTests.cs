using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;

namespace Portal.UnitTests.Hosting;

/// <summary>A background service's failure is logged, shown and followed by a restart after a growing wait, never the end of the host.</summary>
public sealed class SupervisedBackgroundServiceTests
{
    [Fact]
    public async Task FailingService_ShouldRestartAndBeReported_WhenItsRunThrows()
    {
        var health = new BackgroundServiceHealth(TimeProvider.System);
        var supervisor = new BackgroundServiceSupervisor(health,
            Options.Create(new BackgroundServiceOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(10), MaxRetryDelay = TimeSpan.FromMilliseconds(40) }),
            NullLoggerFactory.Instance);
        using var service = new FailingTwice(supervisor);

        await service.StartAsync(CancellationToken.None);
        await service.ThirdRun.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var state = health.Find(nameof(FailingTwice))!;
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(3, service.Runs);
        Assert.Equal(2, state.Failures);
        Assert.Equal(BackgroundServiceStatus.Running, state.Status);
        Assert.Equal("Lần chạy 2 hỏng", state.LastError);
        Assert.Equal("Dịch vụ thử", state.DisplayName);
        Assert.Equal(BackgroundServiceStatus.Stopped, health.Find(nameof(FailingTwice))!.Status);
    }

    [Fact]
    public void RetryDelay_ShouldDoubleFromTheFirstDelay_UpToTheMaximum()
    {
        var supervisor = new BackgroundServiceSupervisor(new BackgroundServiceHealth(TimeProvider.System),
            Options.Create(new BackgroundServiceOptions { FirstRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromMinutes(1) }),
            NullLoggerFactory.Instance);

        Assert.Equal(
            [5, 10, 20, 40, 60, 60],
            Enumerable.Range(1, 6).Select(i => supervisor.RetryDelay(i).TotalSeconds).ToArray());
    }

    private sealed class FailingTwice(BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public TaskCompletionSource ThirdRun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override string DisplayName => "Dịch vụ thử";

        protected override async Task RunAsync(CancellationToken stoppingToken)
        {
            var run = Interlocked.Increment(ref _runs);
            if (run <= 2)
            {
                throw new InvalidOperationException($"Lần chạy {run} hỏng");
            }
            ThirdRun.TrySetResult();
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
    }
}
