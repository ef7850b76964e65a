using Portal.Core.Jobs;

namespace Portal.CoreAdmin.ViewModels;

/// <summary>The current tenant's jobs, plus the cron error of a rejected edit (shown next to that job).</summary>
public sealed class JobsIndexViewModel
{
    public required IReadOnlyList<JobRecord> Jobs { get; init; }

    /// <summary>Now, for telling a live lease from an expired one.</summary>
    public DateTime NowUtc { get; init; }

    /// <summary>Ids of jobs whose module is switched off for this tenant (they do not run).</summary>
    public IReadOnlySet<long> Paused { get; init; } = new HashSet<long>();

    public long? ErrorJobId { get; init; }

    public string? Error { get; init; }

    /// <summary>The process's background services (host tenant only).</summary>
    public IReadOnlyList<Portal.Core.Hosting.BackgroundServiceState> Services { get; init; } = [];

    /// <summary>The rejected cron text, shown back so the user can correct it.</summary>
    public string? AttemptedCron { get; init; }
}
