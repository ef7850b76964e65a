using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// After a content change commits on this node, marks the unit's index as behind and queues its catch-up
/// beside the request (<see cref="PendingCatchUps"/>): the step that made the change does not wait for Lucene,
/// and the next search of the unit catches up first if the worker has not yet. The host index is told the unit
/// changed too and catches up in the background (ADR 0013). The event is only a nudge: each index reads the
/// log from its own cursor.
/// </summary>
public sealed class SearchIndexEventHandler(PendingCatchUps pending, HostIndexer hostIndexer, TenantContext tenant) : ITenantEventHandler<ContentEvent>
{
    public Task HandleAsync(ContentEvent tenantEvent, CancellationToken cancellationToken)
    {
        pending.Nudge(tenant.Tenant.Name);
        hostIndexer.MarkDirty(tenant.Tenant.Name);
        return Task.CompletedTask;
    }
}
