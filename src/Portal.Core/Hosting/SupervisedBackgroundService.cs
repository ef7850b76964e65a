using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>
/// A background service that survives its own failures: an exception out of <see cref="RunAsync"/> is logged, shown
/// on the operator's jobs screen (<see cref="BackgroundServiceHealth"/>) and followed by a restart after a growing
/// wait, never by the host stopping. .NET's default for a failed <see cref="BackgroundService"/> is to stop the whole
/// host, so one index that could not commit took every unit's site down; <c>HostOptions</c> is also set to ignore
/// such failures, for any service not built on this class. Every background service of the portal derives from it
/// (an architecture test checks), so <see cref="RunAsync"/> must be safe to run again after a failure.
/// </summary>
public abstract class SupervisedBackgroundService(BackgroundServiceSupervisor supervisor) : BackgroundService
{
    /// <summary>The name the jobs screen shows, in Vietnamese (translated like any other text).</summary>
    public abstract string DisplayName { get; }

    /// <summary>Stable name for logs and lookups.</summary>
    public string Name => GetType().Name;

    /// <summary>The service's work; returning ends it (a one-off task), throwing restarts it after a wait.</summary>
    protected abstract Task RunAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            supervisor.Health.Running(Name, DisplayName);
            try
            {
                await RunAsync(stoppingToken);
                supervisor.Health.Stopped(Name, DisplayName);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                supervisor.Health.Stopped(Name, DisplayName);
                return;
            }
            catch (Exception ex)
            {
                inARow = Stopwatch.GetElapsedTime(started) >= supervisor.Options.HealthyAfter ? 1 : inARow + 1;
                var delay = supervisor.RetryDelay(inARow);
                supervisor.Logger.LogError(ex, "Background service {Service} failed ({Failures} in a row); it restarts in {Delay}", Name, inARow, delay);
                supervisor.Health.Failed(Name, DisplayName, ex, inARow, delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    supervisor.Health.Stopped(Name, DisplayName);
                    return;
                }
            }
        }
    }
}
