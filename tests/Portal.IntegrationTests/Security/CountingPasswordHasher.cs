using Microsoft.AspNetCore.Identity;
using Portal.Core.Identity;

namespace Portal.IntegrationTests.Security;

/// <summary>The seam for "same time whether or not the user exists": counts the expensive hash checks instead of timing them.</summary>
public sealed class CountingPasswordHasher(PasswordHasher<PortalUser> inner, CountingPasswordHasher.Counter counter) : IPasswordHasher<PortalUser>
{
    public sealed class Counter
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public void Reset() => Interlocked.Exchange(ref _verifications, 0);

        internal void Count() => Interlocked.Increment(ref _verifications);
    }

    public string HashPassword(PortalUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
    {
        counter.Count();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
