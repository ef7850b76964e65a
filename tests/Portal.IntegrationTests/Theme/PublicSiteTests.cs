using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Text;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Theme;

[Collection(PortalCollection.Name)]
public sealed class PublicSiteTests(PortalFactory factory)
{
    private const string CommuneArticle = "Trạm Y tế xã triển khai tiêm chủng vắc xin sởi - rubella cho trẻ em";

    [Fact]
    public async Task DemoCommune_ShouldShowItsPublishedNews_OnHomeSectionAndArticlePages()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        var slug = Slug.From(CommuneArticle);

        var home = await client.GetStringAsync("");
        var section = await client.GetStringAsync("chuyen-muc/y-te");
        var article = await client.GetStringAsync($"bai-viet/{slug}");

        // Other tests of this collection publish into the commune too, so the home page is checked for its list, not this item.
        Assert.Contains("Tin mới nhất", home);
        Assert.Contains("/xa-dak-plo/bai-viet/", home);
        Assert.Contains(CommuneArticle, section);
        Assert.Contains("0260 3 820 456", article);
        Assert.Contains("Đăng ngày", article);
    }

    [Fact]
    public async Task ParentSection_ShouldListItsSubSectionsItems()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        // The newest item of any sub-section: other tests of the shared host publish too, so a fixed demo title may be on page 2.
        var newest = await factory.QueryAsync("xa-dak-plo", async db =>
        {
            var parent = await db.Sections.AsNoTracking().SingleAsync(s => s.Slug == "tin-tuc-su-kien");
            var children = await db.Sections.AsNoTracking().Where(s => s.ParentId == parent.Id).Select(s => (int?)s.Id).ToListAsync();
            return (await db.ContentItems.AsNoTracking()
                .Where(i => i.Status == ContentStatus.Published && !i.IsDeleted && children.Contains(i.SectionId))
                .ToListAsync()).OrderByDescending(i => i.PublishedUtc).First().Slug;
        });

        var news = await client.GetStringAsync("chuyen-muc/tin-tuc-su-kien");

        Assert.Contains($"bai-viet/{newest}\"", news);
    }

    [Fact]
    public async Task AnotherTenantsArticle_ShouldBeNotFound_UnderThisTenantsAddress()
    {
        using var school = factory.ClientFor("th-muong-muon");

        var response = await school.GetAsync($"bai-viet/{Slug.From(CommuneArticle)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Draft_ShouldNotBeVisible_AndRenamedArticle_ShouldRedirectFromItsOldAddress()
    {
        int id;
        string oldSlug;
        using (var scope = factory.TenantScope("th-muong-muon"))
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var created = await content.CreateAsync("Article", new ContentDraft("Bản nháp chưa đăng của tổ chuyên môn", "Tóm tắt", "<p>Nội dung</p>"), null);
            id = created.Value!.Id;
            oldSlug = created.Value.Slug;
        }
        using var client = factory.ClientFor("th-muong-muon");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"bai-viet/{oldSlug}")).StatusCode);

        using (var scope = factory.TenantScope("th-muong-muon"))
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var item = (await content.FindAsync(id))!;
            await content.SaveDraftAsync(id, item.Revision, new ContentDraft("Tổ chuyên môn khối 4 - 5 họp chuyên đề", "Tóm tắt", "<p>Nội dung</p>"), null);
            await content.PublishAsync(id, null);
        }
        var redirect = await client.GetAsync($"bai-viet/{oldSlug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.EndsWith("/th-muong-muon/bai-viet/to-chuyen-mon-khoi-4-5-hop-chuyen-de", redirect.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Sitemap_ShouldListTheUnitsOwnPagesOnly_WithAbsoluteAddresses()
    {
        using var client = factory.ClientFor("xa-dak-plo");

        var response = await client.GetAsync("sitemap.xml");
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var locations = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"http://localhost/xa-dak-plo/bai-viet/{Slug.From(CommuneArticle)}", locations);
        Assert.Contains("http://localhost/xa-dak-plo/chuyen-muc/y-te", locations);
        Assert.All(locations, l => Assert.StartsWith("http://localhost/xa-dak-plo/", l));
    }

    [Fact]
    public async Task SectionRss_ShouldCarryTheSectionsNewsInVietnamese()
    {
        using var client = factory.ClientFor("xa-dak-plo");

        var response = await client.GetAsync("chuyen-muc/y-te/rss");
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var titles = xml.Descendants("item").Select(i => (string)i.Element("title")!).ToList();

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(CommuneArticle, titles);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("chuyen-muc/khong-co/rss")).StatusCode);
    }

    [Fact]
    public async Task ArticlePage_ShouldCarryOpenGraphTags_AndPrintAndShareTools()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        var slug = Slug.From(CommuneArticle);

        var html = await client.GetStringAsync($"bai-viet/{slug}");

        Assert.Contains("<meta property=\"og:type\" content=\"article\" />", html);
        Assert.Contains($"<meta property=\"og:title\" content=\"{CommuneArticle}\" />", html);
        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost/xa-dak-plo/bai-viet/{slug}\" />", html);
        // The print button works through theme.js (no inline handler under the CSP); CspBrowserTests presses it.
        Assert.Contains("data-print", html);
        Assert.Contains("facebook.com/sharer", html);
    }
}
