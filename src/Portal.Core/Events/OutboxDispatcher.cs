using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Events;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Core.Events;

/// <summary>
/// Delivers a tenant's committed events to their handlers in log order. Each message is claimed for a
/// short time by a conditional update (so two nodes do not deliver it at once), handled in a fresh
/// scope, then marked delivered. A failing handler stops delivery for the tenant, keeping the order;
/// the sweeper retries later.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    ITenantContext tenant,
    OutboxRetryList retries,
    OutboxGates gates,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(1);

    /// <summary>Delivers the current tenant's pending events; returns how many were delivered.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var current = tenant.Tenant;
        var gate = gates.For(current);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var delivered = 0;
            using var scope = scopeFactory.CreateTenantScope(current);
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            while (true)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var batch = await db.Outbox.AsNoTracking()
                    .Where(m => m.DispatchedUtc == null)
                    .OrderBy(m => m.Sequence)
                    .Take(100)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    return delivered;
                }
                foreach (var message in batch)
                {
                    // Order forbids skipping ahead: when a message is held elsewhere or fails, stop and retry later.
                    if (message.ClaimedUntilUtc > now || !await ClaimAsync(db, message.Sequence, now, cancellationToken)
                        || !await DeliverAsync(current, message, cancellationToken))
                    {
                        retries.Add(current.Name);
                        return delivered;
                    }
                    await db.Outbox.Where(m => m.Sequence == message.Sequence)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedUtc, clock.GetUtcNow().UtcDateTime).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
                    delivered++;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> ClaimAsync(TenantDbContext db, long sequence, DateTime now, CancellationToken cancellationToken)
    {
        var until = now + ClaimDuration;
        return await db.Outbox
            .Where(m => m.Sequence == sequence && m.DispatchedUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, until).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken) == 1;
    }

    private async Task<bool> DeliverAsync(TenantDescriptor current, OutboxMessage message, CancellationToken cancellationToken)
    {
        using var scope = scopeFactory.CreateTenantScope(current);
        try
        {
            var type = Type.GetType(message.EventType) ?? throw new InvalidOperationException($"Unknown event type {message.EventType}");
            var payload = JsonSerializer.Deserialize(message.Payload, type)!;
            var handlerType = typeof(ITenantEventHandler<>).MakeGenericType(type);
            foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
            {
                await (Task)handlerType.GetMethod(nameof(ITenantEventHandler<object>.HandleAsync))!.Invoke(handler, [payload, cancellationToken])!;
            }
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Event {Sequence} of tenant {Tenant} failed; delivery pauses until the next sweep", message.Sequence, current.Name);
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            var error = (ex.InnerException ?? ex).Message;
            await db.Outbox.Where(m => m.Sequence == message.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, error).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            return false;
        }
    }
}
