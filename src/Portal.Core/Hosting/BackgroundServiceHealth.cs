using System.Collections.Concurrent;

namespace Portal.Core.Hosting;

/// <summary>What every <see cref="SupervisedBackgroundService"/> of this process is doing, for the operator's jobs screen.</summary>
public sealed class BackgroundServiceHealth(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, BackgroundServiceState> _services = new(StringComparer.Ordinal);

    public IReadOnlyList<BackgroundServiceState> All => [.. _services.Values.OrderBy(s => s.DisplayName, StringComparer.Ordinal)];

    public BackgroundServiceState? Find(string name) => _services.GetValueOrDefault(name);

    internal void Running(string name, string displayName) =>
        _services.AddOrUpdate(name,
            _ => new BackgroundServiceState(name, displayName, BackgroundServiceStatus.Running, 0, 0, null, null, null),
            (_, s) => s with { Status = BackgroundServiceStatus.Running, NextRetryUtc = null });

    internal void Failed(string name, string displayName, Exception error, int inARow, TimeSpan retryIn)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        _services.AddOrUpdate(name,
            _ => new BackgroundServiceState(name, displayName, BackgroundServiceStatus.Failed, 1, inARow, error.Message, now, now + retryIn),
            (_, s) => s with { Status = BackgroundServiceStatus.Failed, Failures = s.Failures + 1, FailuresInARow = inARow, LastError = error.Message, LastFailureUtc = now, NextRetryUtc = now + retryIn });
    }

    internal void Stopped(string name, string displayName) =>
        _services.AddOrUpdate(name,
            _ => new BackgroundServiceState(name, displayName, BackgroundServiceStatus.Stopped, 0, 0, null, null, null),
            (_, s) => s with { Status = BackgroundServiceStatus.Stopped, NextRetryUtc = null });
}
