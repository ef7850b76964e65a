namespace Portal.Abstractions.Audit;

/// <summary>Append-only record of security and editorial events of the current tenant.</summary>
public interface IAuditTrail
{
    /// <summary>Appends an entry; the current user, time, IP address and tenant are filled in.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
