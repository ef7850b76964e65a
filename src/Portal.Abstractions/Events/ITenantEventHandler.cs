namespace Portal.Abstractions.Events;

/// <summary>
/// Reacts to a committed event of the current tenant. Delivery is at-least-once and in log order,
/// so a handler must be idempotent (a retry after a crash can repeat an event).
/// </summary>
public interface ITenantEventHandler<in TEvent> where TEvent : class
{
    Task HandleAsync(TEvent tenantEvent, CancellationToken cancellationToken);
}
