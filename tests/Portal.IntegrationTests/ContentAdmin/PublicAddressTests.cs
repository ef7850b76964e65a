using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Types;
using Portal.Core.Text;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>
/// Issue 12 §4: a published item's address is its published title's. A contributor's draft with a new title
/// changes nothing readers see (address, redirects, sitemap.xml) until that version is published.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PublicAddressTests(PortalFactory factory)
{
    [Fact]
    public async Task DraftWithNewTitle_ShouldLeaveAddressRedirectsAndSitemap_WhenItIsOnlySaved()
    {
        var (id, publishedTitle, publicSlug) = await PublishedByContributorAsync();
        using var ctv = await factory.AsAsync("ctv");
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        var draftTitle = ContentAdminKit.Unique("Ngày hội đại đoàn kết toàn dân tộc thôn Kon Brăp");

        var saved = await ctv.EditAsync(id, [("Title", draftTitle), ("Body", "<p>Bản nháp mới</p>"), ("Intent", "draft")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(publicSlug, (await factory.ItemAsync(id)).Slug);
        Assert.Empty(await RedirectsOfAsync(id));
        var page = await reader.GetAsync($"bai-viet/{publicSlug}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(publishedTitle, await page.BodyAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"bai-viet/{Slug.From(draftTitle)}")).StatusCode);
        var sitemap = await SitemapAsync(reader);
        Assert.Contains(Address(publicSlug), sitemap);
        Assert.DoesNotContain(Address(Slug.From(draftTitle)), sitemap);
    }

    [Fact]
    public async Task PublishingTheRenamedDraft_ShouldMoveTheAddress_AndAnswer301AtTheOldOne()
    {
        var (id, _, publicSlug) = await PublishedByContributorAsync();
        using var ctv = await factory.AsAsync("ctv");
        using var kythuat = await factory.AsAsync("kythuat");
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        var newTitle = ContentAdminKit.Unique("Ngày hội đại đoàn kết toàn dân tộc thôn Kon Brăp");
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.EditAsync(id, [("Title", newTitle), ("Body", "<p>Bản mới</p>"), ("Intent", "draft")])).StatusCode);

        var published = await kythuat.ActAsync(id, "publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var newSlug = (await factory.ItemAsync(id)).Slug;
        Assert.Equal(Slug.From(newTitle), newSlug);
        var moved = await reader.GetAsync($"bai-viet/{publicSlug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.EndsWith($"/xa-dak-plo/bai-viet/{newSlug}", moved.Headers.Location!.ToString());
        Assert.Contains(newTitle, await reader.GetStringAsync($"bai-viet/{newSlug}"));
        var sitemap = await SitemapAsync(reader);
        Assert.Contains(Address(newSlug), sitemap);
        Assert.DoesNotContain(Address(publicSlug), sitemap);
    }

    /// <summary>A contributor's article, published by the technical admin: the usual way news reaches the site.</summary>
    private async Task<(int Id, string Title, string Slug)> PublishedByContributorAsync()
    {
        using var ctv = await factory.AsAsync("ctv");
        using var kythuat = await factory.AsAsync("kythuat");
        var title = ContentAdminKit.Unique("Xã tổ chức ngày hội đại đoàn kết");
        var (_, id) = await ctv.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Bản đã đăng</p>"), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, (await kythuat.ActAsync(id, "publish")).StatusCode);
        return (id, title, (await factory.ItemAsync(id)).Slug);
    }

    private Task<List<string>> RedirectsOfAsync(int id) =>
        factory.QueryAsync(ContentAdminKit.Commune, db => db.SlugRedirects.AsNoTracking().Where(r => r.ContentItemId == id).Select(r => r.Slug).ToListAsync());

    private static string Address(string slug) => $"http://localhost/xa-dak-plo/bai-viet/{slug}";

    private static async Task<List<string>> SitemapAsync(PortalClient reader) =>
        XDocument.Parse(await reader.GetStringAsync("sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
}
