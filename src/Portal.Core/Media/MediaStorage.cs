using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;

namespace Portal.Core.Media;

/// <summary>
/// The current unit's storage: bytes its library holds (the sum of its files' recorded sizes, one aggregate query,
/// cached in <see cref="MediaUsageCache"/>) and the quota in force (the operator's figure for the unit in the host
/// registry, else <see cref="MediaOptions.UnitQuotaBytes"/>).
/// </summary>
public sealed class MediaStorage(MediaDbContext db, HostDbContext hostDb, ITenantContext tenant, MediaUsageCache cache, IOptions<MediaOptions> options)
{
    public async Task<StorageFigures> FiguresAsync(CancellationToken cancellationToken = default) =>
        new(await UsedBytesAsync(fresh: false, cancellationToken), await QuotaBytesAsync(cancellationToken));

    /// <summary>With <paramref name="fresh"/>, sums again (the upload check must not trust another node's old figure).</summary>
    public async Task<long> UsedBytesAsync(bool fresh, CancellationToken cancellationToken = default)
    {
        var id = tenant.Tenant.Id;
        if (!fresh && cache.TryGet(id, out var cached))
        {
            return cached;
        }
        var used = await db.Items.SumAsync(i => (long?)i.Size, cancellationToken) ?? 0;
        cache.Set(id, used);
        return used;
    }

    public async Task<long?> QuotaBytesAsync(CancellationToken cancellationToken = default)
    {
        var id = tenant.Tenant.Id;
        var own = await hostDb.Tenants.AsNoTracking().Where(t => t.Id == id).Select(t => t.MediaQuotaBytes).SingleOrDefaultAsync(cancellationToken);
        return MediaQuota.Effective(own, options.Value.UnitQuotaBytes);
    }

    /// <summary>The unit's upload turn: the quota check and the stored row happen inside one turn.</summary>
    public Task<IDisposable> TurnAsync(CancellationToken cancellationToken) => cache.TurnAsync(tenant.Tenant.Id, cancellationToken);

    /// <summary>Called after the library changed: the next reader sums again.</summary>
    public void Changed() => cache.Forget(tenant.Tenant.Id);
}
