namespace Portal.Core.Jobs;

/// <summary>Bound from "Portal:Jobs".</summary>
public sealed class JobOptions
{
    /// <summary>How often the runner looks for due jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a taken job stays leased without renewal before another node may take it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Jobs run at once on this node.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Set false to keep the runner off (benchmarks, some tests).</summary>
    public bool Enabled { get; set; } = true;
}
