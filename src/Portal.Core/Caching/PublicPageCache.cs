using Microsoft.AspNetCore.OutputCaching;
using Portal.Abstractions.Caching;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Caching;

/// <summary>
/// Evicts the current tenant's cached pages. A committed content event (published, unpublished, renamed, deleted…)
/// evicts the pages that can show the item: those that name it (its own page, pages linking to it) and every listing
/// (home, sections, feeds, sitemap…), not the other items' pages (<see cref="PublicPageTags"/>). Other code (theme,
/// menus, sections) asks for all of the unit's pages, and moves the unit's <see cref="UnitSiteGenerations"/> so in-memory
/// copies of its settings and menu are read again; a content event moves its <see cref="UnitContentGenerations"/>, so
/// in-memory copies of published data are read again.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore store, ITenantContext tenant, UnitSiteGenerations generations, UnitContentGenerations contentGenerations) : IPublicPageCache, ITenantEventHandler<ContentEvent>
{
    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        // First: a page rendered after the eviction must not be built from the chrome read before the change.
        generations.Advance(tenant.Tenant.Name);
        await store.EvictByTagAsync(PublicPageCachePolicy.TagFor(tenant.Tenant.Name), cancellationToken);
    }

    public async Task HandleAsync(ContentEvent tenantEvent, CancellationToken cancellationToken)
    {
        // First, as above: a page rendered after the eviction must not be built from published data read before the change.
        contentGenerations.Advance(tenant.Tenant.Name);
        foreach (var tag in PublicPageTags.EvictedBy(tenant.Tenant.Name, tenantEvent.ContentItemId))
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
