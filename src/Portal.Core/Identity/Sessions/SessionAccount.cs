namespace Portal.Core.Identity.Sessions;

/// <summary>The columns of the Identity users table a session check reads (mapped read-only, never migrated here).</summary>
public sealed class SessionAccount
{
    public string Id { get; set; } = "";

    public string? SecurityStamp { get; set; }

    public bool IsActive { get; set; }
}
