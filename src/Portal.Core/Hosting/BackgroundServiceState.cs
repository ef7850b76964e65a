namespace Portal.Core.Hosting;

/// <summary>One background service as the health screen shows it.</summary>
public sealed record BackgroundServiceState(
    string Name,
    string DisplayName,
    BackgroundServiceStatus Status,
    int Failures,
    int FailuresInARow,
    string? LastError,
    DateTime? LastFailureUtc,
    DateTime? NextRetryUtc);

public enum BackgroundServiceStatus
{
    Running,

    /// <summary>Failed; restarts at <see cref="BackgroundServiceState.NextRetryUtc"/>.</summary>
    Failed,

    /// <summary>Finished its work (a one-off service) or the host is stopping.</summary>
    Stopped,
}
