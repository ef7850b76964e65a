using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Security.RateLimiting;

/// <summary>
/// The per-account half of the sign-in limits (the per-address half is the <c>portal-sign-in</c> policy): the account
/// is only known once the form is read, so the controllers ask here. Unknown user names count like real ones, so
/// the limit says nothing about which accounts exist.
/// </summary>
public sealed class AccountThrottle(IOptions<PortalRateLimitOptions> options) : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInPerAccount.PermitLimit,
            Window = options.Value.SignInPerAccount.Window,
            QueueLimit = 0,
        }));

    /// <summary>Counts one attempt; null when allowed, otherwise how long to wait.</summary>
    /// <param name="form">Which form ("login", "2fa", "forgot", "reset"): each has its own count.</param>
    /// <param name="account">The user name, address or id typed or carried (compared without case).</param>
    public TimeSpan? TryAttempt(TenantDescriptor unit, string form, string account)
    {
        using var lease = _limiter.AttemptAcquire($"{unit.Id}\n{form}\n{account.Trim().ToUpperInvariant()}");
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.SignInPerAccount.Window;
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
