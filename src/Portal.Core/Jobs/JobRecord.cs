namespace Portal.Core.Jobs;

/// <summary>
/// A persisted job of one tenant in the host database. A node takes a due job by a conditional
/// update of its lease (owner and expiry), which holds across nodes sharing the database.
/// </summary>
public sealed class JobRecord
{
    public long Id { get; set; }
    public string TenantName { get; set; } = "";
    /// <summary>Definition name for recurring jobs; "once:&lt;guid&gt;" for one-off jobs.</summary>
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>Assembly-qualified type of the <see cref="Portal.Abstractions.Jobs.IJob"/>.</summary>
    public string JobType { get; set; } = "";
    /// <summary>Module owning the job; the job pauses where the module is disabled.</summary>
    public string? ModuleId { get; set; }
    /// <summary>Cron expression for recurring jobs; null for one-off jobs.</summary>
    public string? Cron { get; set; }
    public string? Payload { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTime? NextRunUtc { get; set; }
    public DateTime? LastRunUtc { get; set; }
    public DateTime? LastFinishedUtc { get; set; }
    public JobOutcome Outcome { get; set; }
    public string? LastError { get; set; }
    public int RunCount { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresUtc { get; set; }
}
