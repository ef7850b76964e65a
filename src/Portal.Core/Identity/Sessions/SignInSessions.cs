using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Portal.Core.Identity.Sessions;

/// <summary>Opens, checks and ends the current tenant's sign-in sessions (see <see cref="SignInSession"/>, ADR 0017).</summary>
public sealed class SignInSessions(SessionDbContext db, TimeProvider clock, IOptions<SignInSessionOptions> options)
{
    /// <summary>The migrations history table of <see cref="SessionDbContext"/>.</summary>
    public const string HistoryTable = "__Migrations_Sessions";

    /// <summary>Opens a session for the account as it is now; when it replaces one (a refreshed sign-in), it keeps that one's end.</summary>
    public async Task<string> StartAsync(string userId, string securityStamp, string? replacing, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + options.Value.AbsoluteLifetime;
        if (replacing is not null && await db.Sessions.FirstOrDefaultAsync(s => s.Id == replacing && s.UserId == userId, cancellationToken) is { } old)
        {
            // A password change re-issues this browser's cookie; that must not stretch its absolute lifetime.
            expires = old.ExpiresUtc < expires ? old.ExpiresUtc : expires;
            db.Sessions.Remove(old);
        }
        // Sessions of this account that ran out are tidied here, so the table never holds more than a day of sign-ins.
        db.Sessions.RemoveRange(await db.Sessions.Where(s => s.UserId == userId && s.ExpiresUtc <= now).ToListAsync(cancellationToken));
        var session = new SignInSession
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)),
            UserId = userId,
            SecurityStamp = securityStamp,
            CreatedUtc = now,
            ExpiresUtc = expires,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>
    /// True while the session exists, has not run out, and its account is active with the same security stamp —
    /// one primary-key query, run on every signed-in request.
    /// </summary>
    public Task<bool> IsOpenAsync(string sessionId, string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Sessions.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.ExpiresUtc > now
            && db.Accounts.Any(a => a.Id == s.UserId && a.IsActive && a.SecurityStamp == s.SecurityStamp), cancellationToken);
    }

    public Task EndAsync(string sessionId, CancellationToken cancellationToken = default) =>
        db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
}
