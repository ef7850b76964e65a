namespace Portal.Abstractions.Events;

/// <summary>
/// The tenant's ordered change log (outbox). An event appended here is saved by the same
/// SaveChanges/transaction as the change it describes, and handed to handlers only after commit.
/// </summary>
public interface IEventLog
{
    /// <summary>Adds <paramref name="tenantEvent"/> to the pending unit of work of the tenant database.</summary>
    void Append<TEvent>(TEvent tenantEvent) where TEvent : class;

    /// <summary>Dispatches committed, undelivered events of the current tenant in order; call after commit.</summary>
    Task DispatchPendingAsync(CancellationToken cancellationToken = default);
}
