using System.Collections.Concurrent;
using Portal.Abstractions.Events;
using Portal.Abstractions.Tenancy;

namespace Portal.IntegrationTests.Events;

public sealed record SampleEvent(int Number, string Text);

/// <summary>Records what it received per tenant; fails on demand to test retries.</summary>
public sealed class RecordingHandler(ITenantContext tenant) : ITenantEventHandler<SampleEvent>
{
    public static ConcurrentQueue<(string Tenant, SampleEvent Event)> Received { get; } = new();

    /// <summary>Numbers that fail while they are in this set.</summary>
    public static ConcurrentDictionary<int, byte> FailOn { get; } = new();

    public Task HandleAsync(SampleEvent tenantEvent, CancellationToken cancellationToken)
    {
        if (FailOn.ContainsKey(tenantEvent.Number))
        {
            throw new InvalidOperationException($"Sự kiện {tenantEvent.Number} lỗi theo kịch bản.");
        }
        Received.Enqueue((tenant.Tenant.Name, tenantEvent));
        return Task.CompletedTask;
    }
}
