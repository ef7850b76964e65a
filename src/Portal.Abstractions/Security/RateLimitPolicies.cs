namespace Portal.Abstractions.Security;

/// <summary>
/// The portal's rate-limit policies, for <c>[EnableRateLimiting(...)]</c> on theme and module endpoints. Every form open
/// to anonymous visitors is also limited without asking (per address and unit); limits come from <c>Portal:RateLimits</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in, two-factor and password-reset posts: per address and unit (per account: the controllers).</summary>
    public const string SignIn = "portal-sign-in";

    /// <summary>Readers' full-text search: per address, across units.</summary>
    public const string Search = "portal-search";
}
