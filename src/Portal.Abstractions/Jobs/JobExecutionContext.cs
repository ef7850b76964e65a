namespace Portal.Abstractions.Jobs;

/// <summary>What a running job knows about its run.</summary>
/// <param name="JobName">Name of the job definition.</param>
/// <param name="TenantName">Tenant the job runs for.</param>
/// <param name="Payload">JSON payload of a one-off job, or null.</param>
/// <param name="ScheduledAtUtc">When the run was due.</param>
public sealed record JobExecutionContext(string JobName, string TenantName, string? Payload, DateTime ScheduledAtUtc);
