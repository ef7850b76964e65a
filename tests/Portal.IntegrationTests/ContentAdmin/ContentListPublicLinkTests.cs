using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>
/// "Xem trên trang" in the content list leads to the item's public page, at the address the theme gives its type
/// (IContentPublicAddress), for every type that has a page; banners and links have none and get no link.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ContentListPublicLinkTests(PortalFactory factory)
{
    [GeneratedRegex("""<a class="small ms-1" href="([^"]+)"[^>]*data-testid="public-link">""")]
    private static partial Regex PublicLink();

    [Theory]
    [InlineData(ContentTypes.LegalDocument)]
    [InlineData(ContentTypes.Page)]
    [InlineData(ContentTypes.Procedure)]
    [InlineData(ContentTypes.Album)]
    public async Task PublicLink_ShouldAnswer200OnThePublicSite_ForEachTypeWithAPage(string type)
    {
        using var accountant = await factory.AsAsync("ketoan");
        // The links are absolute paths carrying the unit's prefix: read them from the host's root.
        using var reader = factory.ClientFor(null);

        var list = await accountant.GetStringAsync($"admin/content?type={type}");

        var links = PublicLink().Matches(list).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith($"/{ContentAdminKit.Commune}/", link));
        foreach (var link in links.Take(3))
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(link)).StatusCode);
        }
    }

    [Theory]
    [InlineData(ContentTypes.Link)]
    public async Task PublicLink_ShouldNotBeOffered_ForTypesWithoutAPage(string type)
    {
        using var accountant = await factory.AsAsync("ketoan");

        var list = await accountant.GetStringAsync($"admin/content?type={type}");

        Assert.Contains("data-testid=\"read-only-title\"", list);
        Assert.DoesNotContain("data-testid=\"public-link\"", list);
    }
}
