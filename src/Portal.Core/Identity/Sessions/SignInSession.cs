namespace Portal.Core.Identity.Sessions;

/// <summary>
/// One signed-in browser. The auth cookie names its row; the row, not the cookie, decides whether the session
/// is still open: signing out deletes it, and it stops counting as soon as the account's security stamp moves on
/// (password changed or reset, account disabled or renamed) or its absolute lifetime runs out.
/// </summary>
public sealed class SignInSession
{
    /// <summary>Random, 256 bits, base64url; known only to the row and to the encrypted cookie.</summary>
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The account's security stamp when the session began; a different stamp on the account ends it.</summary>
    public string SecurityStamp { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Created + the absolute lifetime; a sliding cookie cannot keep a session open past it.</summary>
    public DateTime ExpiresUtc { get; set; }
}
