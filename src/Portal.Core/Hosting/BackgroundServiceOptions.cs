namespace Portal.Core.Hosting;

/// <summary>How a failed background service is restarted; bound from "Portal:Hosting:BackgroundServices".</summary>
public sealed class BackgroundServiceOptions
{
    /// <summary>Wait before the first restart; each further failure in a row doubles it…</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>…up to this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A run that lasted this long before failing starts the back-off again from the first delay.</summary>
    public TimeSpan HealthyAfter { get; set; } = TimeSpan.FromMinutes(10);
}
