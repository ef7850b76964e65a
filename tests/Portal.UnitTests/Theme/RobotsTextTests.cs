using CommuneTheme.Services;

namespace Portal.UnitTests.Theme;

public sealed class RobotsTextTests
{
    [Theory]
    [InlineData("/xa-dak-plo/", "/xa-dak-plo/")]
    [InlineData("/xa-dak-plo", "/xa-dak-plo/")]
    [InlineData("/", "/")]
    public void Robots_ShouldKeepTheUnitsAdminAndSearchOut_UnderItsOwnRoot(string root, string prefix)
    {
        var text = RobotsText.For(root, "https://example.vn/sitemap.xml");

        Assert.Contains($"Allow: {prefix}\n", text);
        Assert.Contains($"Disallow: {prefix}admin/\n", text);
        Assert.Contains($"Disallow: {prefix}tim-kiem\n", text);
        Assert.Contains("Sitemap: https://example.vn/sitemap.xml\n", text);
    }
}
