namespace Portal.Abstractions.Audit;

/// <summary>What happened, as a module describes it; user, time, IP and tenant are added by the trail.</summary>
/// <param name="Category">Area, e.g. "Security", "Users", "Tenants", "Content".</param>
/// <param name="Action">Verb, e.g. "LoginFailed", "UserCreated".</param>
/// <param name="Subject">What it happened to (user name, tenant name, item id).</param>
/// <param name="Details">Readable Vietnamese details.</param>
public sealed record AuditEntry(string Category, string Action, string? Subject = null, string? Details = null)
{
    /// <summary>Set when someone acts on behalf of another user (delegation).</summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>User name to record when the event happens before sign-in (failed logins).</summary>
    public string? UserNameOverride { get; init; }
}
