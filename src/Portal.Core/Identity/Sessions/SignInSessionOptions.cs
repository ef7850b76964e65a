namespace Portal.Core.Identity.Sessions;

/// <summary>How long a sign-in lasts (<c>Portal:Sessions</c>).</summary>
public sealed class SignInSessionOptions
{
    /// <summary>The cookie's sliding lifetime: a session unused this long ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>However busy, a session ends this long after sign-in (a working day with room to spare).</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);
}
