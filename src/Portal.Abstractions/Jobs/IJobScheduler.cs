namespace Portal.Abstractions.Jobs;

/// <summary>Schedules one-off jobs for the current tenant; they are persisted and survive a restart.</summary>
public interface IJobScheduler
{
    /// <summary>Runs <typeparamref name="TJob"/> once at <paramref name="runAtUtc"/> (now when null).</summary>
    Task<long> ScheduleOnceAsync<TJob>(string displayName, string? payload = null, DateTime? runAtUtc = null, CancellationToken cancellationToken = default)
        where TJob : IJob;
}
