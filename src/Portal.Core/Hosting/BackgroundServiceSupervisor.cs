using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Core.Hosting;

/// <summary>What a <see cref="SupervisedBackgroundService"/> needs to restart itself and report: one constructor argument for every service.</summary>
public sealed class BackgroundServiceSupervisor(BackgroundServiceHealth health, IOptions<BackgroundServiceOptions> options, ILoggerFactory loggers)
{
    public BackgroundServiceHealth Health { get; } = health;

    public BackgroundServiceOptions Options => options.Value;

    public ILogger Logger { get; } = loggers.CreateLogger<SupervisedBackgroundService>();

    /// <summary>The wait before restart number <paramref name="inARow"/>: the first delay, doubled each time, at most the maximum.</summary>
    public TimeSpan RetryDelay(int inARow)
    {
        var delay = Options.FirstRetryDelay * Math.Pow(2, Math.Min(Math.Max(inARow - 1, 0), 20));
        return delay > Options.MaxRetryDelay ? Options.MaxRetryDelay : delay;
    }
}
