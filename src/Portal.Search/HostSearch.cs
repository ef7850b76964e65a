using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search;

/// <summary>
/// The operator's search over every unit's published content, grouped by unit. Each unit's index is
/// searched in its own tenant scope (so its own cursor is caught up first); groups are ordered by their
/// best hit. Scores of different indexes are not strictly comparable (term statistics differ), which is
/// why results stay grouped rather than merged into one list.
/// </summary>
public sealed class HostSearch(IServiceScopeFactory scopeFactory, TenantRegistry registry, IOptions<SearchOptions> options)
{
    public const int HitsPerUnit = 3;

    public async Task<(UserQuery Query, IReadOnlyList<HostSearchGroup> Groups, string? Message)> SearchAsync(string? q, CancellationToken cancellationToken = default)
    {
        var request = new SearchRequest { Q = q, PageSize = HitsPerUnit };
        var groups = new List<HostSearchGroup>();
        SearchResults? first = null;
        foreach (var tenant in registry.All.Where(t => t is { Status: TenantStatus.Active, IsHost: false }).OrderBy(t => t.Name).Take(options.Value.HostSearchMaxTenants))
        {
            using var scope = scopeFactory.CreateTenantScope(tenant);
            var results = await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(request, SearchScope.Public, cancellationToken);
            first ??= results;
            if (results.Query.IsEmpty)
            {
                break;
            }
            if (results.Total > 0)
            {
                groups.Add(new HostSearchGroup(tenant.Name, tenant.DisplayName, SiteRoot(tenant), results.Hits, results.Total));
            }
        }
        var query = first?.Query ?? UserQuery.Parse(q);
        return (query, groups.OrderByDescending(g => g.BestScore).ToList(), first?.Message);
    }

    private static string SiteRoot(TenantDescriptor tenant) =>
        tenant.UrlPrefix is { } prefix ? $"~/{prefix}" : tenant.HostNames.Count > 0 ? $"//{tenant.HostNames[0]}" : "~";
}
