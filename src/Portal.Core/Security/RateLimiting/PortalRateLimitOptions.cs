namespace Portal.Core.Security.RateLimiting;

/// <summary>
/// Request limits (<c>Portal:RateLimits</c>). The defaults suit one office of a unit behind one address signing in
/// in the morning; a large installation (or a test) sets its own, e.g. <c>Portal__RateLimits__SearchPerAddress__PermitLimit</c>.
/// </summary>
public sealed class PortalRateLimitOptions
{
    /// <summary>Sign-in, two-factor and password-reset posts of one address on one unit, all forms together.</summary>
    public RateLimitRule SignInPerAddress { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(5) };

    /// <summary>Attempts on one account of one unit through one form (sign-in, two-factor, forgot, reset), from any address.</summary>
    public RateLimitRule SignInPerAccount { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Readers' searches of one address, across all units (search is the costliest public page and the units share the process).</summary>
    public RateLimitRule SearchPerAddress { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Posts of any form open to anonymous visitors, by one address on one unit.</summary>
    public RateLimitRule PublicFormPerAddress { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(5) };
}
