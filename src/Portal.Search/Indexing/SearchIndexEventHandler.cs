using Microsoft.Extensions.Logging;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Core.Tenancy;

namespace Portal.Search.Indexing;

/// <summary>
/// Catches the index up right after a content change commits on this node, so an editor finds what they
/// just published. The event itself is only a nudge: the indexer reads the log from its own cursor. An
/// indexing failure is logged and not rethrown, because a throwing handler would hold back the other
/// handlers of the tenant; the poller and the next change retry it. The host index is only told the unit
/// changed: it catches up in the background (ADR 0013), so this request does not pay for it.
/// </summary>
public sealed class SearchIndexEventHandler(SearchIndexer indexer, HostIndexer hostIndexer, TenantContext tenant, ILogger<SearchIndexEventHandler> logger) : ITenantEventHandler<ContentEvent>
{
    public async Task HandleAsync(ContentEvent tenantEvent, CancellationToken cancellationToken)
    {
        hostIndexer.MarkDirty(tenant.Tenant.Name);
        try
        {
            await indexer.CatchUpAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Indexing after content change {ItemId} failed; the index catches up later", tenantEvent.ContentItemId);
        }
    }
}
