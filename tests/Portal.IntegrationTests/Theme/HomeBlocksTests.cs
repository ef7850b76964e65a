using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Theme.ThemeContent;

namespace Portal.IntegrationTests.Theme;

/// <summary>Banners and links have no page of their own; they show as home blocks.</summary>
[Collection(PortalCollection.Name)]
public sealed class HomeBlocksTests(PortalFactory factory)
{
    // Theme settings tests reorder th-muong-muon's blocks; the commune keeps the default ones, banners and links included.
    private const string Tenant = "xa-dak-plo";

    [Fact]
    public async Task Home_ShouldShowPublishedBannersAndLinks_ButNotUnpublishedOnes()
    {
        var id = Unique();
        await CreateAsync(factory, Tenant, ContentTypes.Banner, new ContentDraft($"Banner {id}", null, null,
            Parts(new BannerParts { ImageUrl = $"/media/banner-{id}.png", AltText = $"Chào mừng Đại hội {id}", Url = "https://daknong.gov.vn" })));
        await CreateAsync(factory, Tenant, ContentTypes.Link, new ContentDraft($"Cổng dịch vụ công quốc gia {id}", null, null,
            Parts(new LinkParts { Url = $"https://dichvucong.gov.vn/{id}" })));
        await CreateAsync(factory, Tenant, ContentTypes.Link, new ContentDraft($"Liên kết chưa duyệt {id}", null, null,
            Parts(new LinkParts { Url = "https://example.org" })), publish: false);
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync("");

        Assert.Contains("data-block=\"banners\"", html);
        Assert.Contains($"<a href=\"https://daknong.gov.vn\"><img class=\"img-fluid banner-img\" src=\"/media/banner-{id}.png\" alt=\"Chào mừng Đại hội {id}\"", html);
        Assert.Contains("data-block=\"links\"", html);
        Assert.Contains($"<a href=\"https://dichvucong.gov.vn/{id}\" rel=\"noopener\">Cổng dịch vụ công quốc gia {id}</a>", html);
        Assert.DoesNotContain($"Liên kết chưa duyệt {id}", html);
        // Links and banners are blocks, not news: they stay out of the latest list.
        Assert.DoesNotContain($"Banner {id}", html);
    }
}
