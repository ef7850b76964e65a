using System.Text.Json;
using Portal.Abstractions.Events;
using Portal.Core.Data;

namespace Portal.Core.Events;

/// <summary>Appends events to the tenant database's Outbox table, in the caller's unit of work.</summary>
public sealed class EventLog(TenantDbContext db, OutboxDispatcher dispatcher, TimeProvider clock) : IEventLog
{
    public void Append<TEvent>(TEvent tenantEvent) where TEvent : class =>
        db.Outbox.Add(new OutboxMessage
        {
            EventType = typeof(TEvent).AssemblyQualifiedName!,
            Payload = JsonSerializer.Serialize(tenantEvent),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });

    public Task DispatchPendingAsync(CancellationToken cancellationToken = default) =>
        dispatcher.DispatchAsync(cancellationToken);
}
