using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Core.Media;

/// <summary>
/// Storage figures of many units for the operator's list: the cached figure of each unit, or one aggregate query in
/// that unit's database when this process has none (the first view after a start, or five minutes later).
/// </summary>
public sealed class UnitStorageReport(IServiceScopeFactory scopes, TenantRegistry registry, MediaUsageCache cache, IOptions<MediaOptions> options)
{
    public async Task<IReadOnlyDictionary<string, StorageFigures>> ForAsync(IEnumerable<TenantRecord> units, CancellationToken cancellationToken = default)
    {
        var figures = new Dictionary<string, StorageFigures>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (registry.Find(unit.Name) is not { } descriptor)
            {
                continue;
            }
            if (!cache.TryGet(descriptor.Id, out var used))
            {
                using var scope = scopes.CreateTenantScope(descriptor);
                used = await scope.ServiceProvider.GetRequiredService<MediaStorage>().UsedBytesAsync(fresh: true, cancellationToken);
            }
            figures[unit.Name] = new StorageFigures(used, MediaQuota.Effective(unit.MediaQuotaBytes, options.Value.UnitQuotaBytes));
        }
        return figures;
    }
}
