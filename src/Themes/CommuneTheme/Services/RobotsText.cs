namespace CommuneTheme.Services;

/// <summary>robots.txt of a unit site: paths under the unit's own root (its prefix, when it has one), and its sitemap.</summary>
public static class RobotsText
{
    /// <param name="root">The unit's root path, "/" or "/xa-dak-plo/".</param>
    public static string For(string root, string sitemapUrl)
    {
        var prefix = root.EndsWith('/') ? root : root + "/";
        return $"""
            User-agent: *
            Allow: {prefix}
            Disallow: {prefix}admin/
            Disallow: {prefix}account/
            Disallow: {prefix}tim-kiem

            Sitemap: {sitemapUrl}

            """.ReplaceLineEndings("\n");
    }
}
