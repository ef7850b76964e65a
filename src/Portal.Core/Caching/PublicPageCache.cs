using Microsoft.AspNetCore.OutputCaching;
using Portal.Abstractions.Caching;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Caching;

/// <summary>
/// Evicts the current tenant's cached pages: on every committed content event (published, unpublished,
/// renamed, deleted… any of them can change a listing) and when other code asks.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore store, ITenantContext tenant) : IPublicPageCache, ITenantEventHandler<ContentEvent>
{
    public async Task InvalidateAsync(CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(PublicPageCachePolicy.TagFor(tenant.Tenant.Name), cancellationToken);

    public Task HandleAsync(ContentEvent tenantEvent, CancellationToken cancellationToken) => InvalidateAsync(cancellationToken);
}
