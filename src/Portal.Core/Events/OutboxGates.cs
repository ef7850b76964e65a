using System.Collections.Concurrent;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Events;

/// <summary>
/// One delivery at a time per tenant in this process (<see cref="OutboxDispatcher"/>). Keyed by
/// <see cref="TenantDescriptor.Id"/>, the registry row that is never reused, so a tenant purged and created again
/// under its name does not share a gate with its predecessor's late deliveries.
/// </summary>
public sealed class OutboxGates
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _gates = new();

    public SemaphoreSlim For(TenantDescriptor tenant) => _gates.GetOrAdd(tenant.Id, _ => new SemaphoreSlim(1, 1));
}
