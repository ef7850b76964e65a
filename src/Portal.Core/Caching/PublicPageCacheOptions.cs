namespace Portal.Core.Caching;

/// <summary>
/// Memory of the public pages' output cache, bound from "Portal:OutputCache". ASP.NET Core's defaults (100 MB for
/// the store, 64 MB for one page) are sized for one site on its own server; here the store is shared by every unit
/// of the process. Query keys a page does not read make no entry of their own (<see cref="PageQueryKeys"/>).
/// </summary>
public sealed class PublicPageCacheOptions
{
    /// <summary>All cached pages of the process together, in megabytes; the least recently used go first.</summary>
    public int SizeLimitMegabytes { get; set; } = 32;

    /// <summary>A larger page is served but not cached, in kilobytes (a unit's pages are 20–60 KB).</summary>
    public int MaximumPageKilobytes { get; set; } = 512;

    /// <summary>
    /// Query keys every page varies by besides the ones it reads (none by default). The public-site benchmark sets
    /// <c>v</c>, so its cache-miss row (<c>?v=&lt;unique&gt;</c>) still renders every request.
    /// </summary>
    public string[] ExtraQueryKeys { get; set; } = [];
}
