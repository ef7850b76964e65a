using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// After a content change commits on this node, marks the unit's index as behind and queues its catch-up
/// beside the request (<see cref="PendingCatchUps"/>): the step that made the change does not wait for Lucene,
/// and the next search of the unit catches up first if the worker has not yet. The event is only a nudge:
/// the indexer reads the log from its own cursor.
/// </summary>
public sealed class SearchIndexEventHandler(PendingCatchUps pending, TenantContext tenant) : ITenantEventHandler<ContentEvent>
{
    public Task HandleAsync(ContentEvent tenantEvent, CancellationToken cancellationToken)
    {
        pending.Nudge(tenant.Tenant.Name);
        return Task.CompletedTask;
    }
}
