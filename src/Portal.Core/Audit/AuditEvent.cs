namespace Portal.Core.Audit;

/// <summary>One append-only audit row; the database refuses updates and deletes.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTime TimestampUtc { get; set; }
    public string TenantName { get; set; } = "";
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? OnBehalfOf { get; set; }
    public string? IpAddress { get; set; }
    public string Category { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Subject { get; set; }
    public string? Details { get; set; }
}
