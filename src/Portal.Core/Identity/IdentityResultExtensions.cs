using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Identity;

/// <summary>
/// For Identity calls that fail only when the store does (an I/O or concurrency error, not a user's input): such a
/// failure stops the request with an exception instead of being passed over as if the change had been made.
/// </summary>
public static class IdentityResultExtensions
{
    public static void ThrowIfFailed(this IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Identity failed while {what}: {string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Description}"))}");
        }
    }
}
