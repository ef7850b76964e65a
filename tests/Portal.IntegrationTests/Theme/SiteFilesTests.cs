using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Theme.ThemeContent;

namespace Portal.IntegrationTests.Theme;

/// <summary>Issue 13 defect 12: a unit site answers robots.txt, a site-wide RSS and a favicon of its own.</summary>
[Collection(PortalCollection.Name)]
public sealed class SiteFilesTests(PortalFactory factory)
{
    [Fact]
    public async Task RobotsTxt_ShouldKeepAdminOutAndNameTheSitemap_WhenAskedOfAUnitSite()
    {
        using var client = factory.ClientFor("xa-dak-plo");

        var response = await client.GetAsync("robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("User-agent: *", text);
        Assert.Contains("Disallow: /xa-dak-plo/admin/", text);
        Assert.Contains("Sitemap: http://localhost/xa-dak-plo/sitemap.xml", text);
    }

    [Fact]
    public async Task SiteRss_ShouldListNewestItemsOfEverySection_WhenAskedAtRss()
    {
        var id = Unique();
        int health, youth;
        using (var scope = factory.TenantScope("xa-dak-plo"))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            health = db.Sections.Single(s => s.Slug == "y-te").Id;
            var youthSlug = Slug.From("Đoàn thanh niên - Đội");
            youth = db.Sections.Single(s => s.Slug == youthSlug).Id;
        }
        await CreateAsync(factory, "xa-dak-plo", ContentTypes.Article, new ContentDraft($"Tiêm chủng mở rộng {id}", "Tóm tắt", "<p>Nội dung</p>", SectionId: health));
        await CreateAsync(factory, "xa-dak-plo", ContentTypes.Article, new ContentDraft($"Ngày Chủ nhật xanh {id}", "Tóm tắt", "<p>Nội dung</p>", SectionId: youth));
        using var client = factory.ClientFor("xa-dak-plo");

        var response = await client.GetAsync("rss");
        var feed = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        // Items of two different sections (health and youth) in the one feed.
        Assert.Contains($"Tiêm chủng mở rộng {id}", feed);
        Assert.Contains($"Ngày Chủ nhật xanh {id}", feed);
        Assert.Contains("http://localhost/xa-dak-plo/bai-viet/", feed);
    }

    [Theory]
    [InlineData("favicon.ico")]
    [InlineData("favicon.png")]
    public async Task Favicon_ShouldBeAPngOfTheUnit_WhenTheBrowserAsksForIt(string path)
    {
        using var client = factory.ClientFor("th-muong-muon");

        var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var home = await client.GetStringAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.Contains("<link rel=\"icon\" type=\"image/png\" href=\"/th-muong-muon/favicon.png\"", home);
    }
}
