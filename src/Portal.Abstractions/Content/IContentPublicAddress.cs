namespace Portal.Abstractions.Content;

/// <summary>
/// Where readers find a published item, as the public theme routes it. Registered by the theme; screens take it
/// optionally and offer no "view on the site" link without it, so the admin never hard-codes the theme's addresses.
/// </summary>
public interface IContentPublicAddress
{
    /// <summary>
    /// App-relative address of the published item of <paramref name="contentType"/> at <paramref name="slug"/>, e.g.
    /// "~/bai-viet/gioi-thieu"; null when items of that type have no page of their own (home banners, links).
    /// </summary>
    string? PublicUrl(string contentType, string slug);
}
