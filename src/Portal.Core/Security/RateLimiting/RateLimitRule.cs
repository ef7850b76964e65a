namespace Portal.Core.Security.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests in each <see cref="Window"/> (fixed windows).</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
