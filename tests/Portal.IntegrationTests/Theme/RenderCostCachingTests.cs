using CommuneTheme.Menus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Theme;

/// <summary>
/// What keeps a render cheap must not show stale or push pages out: the site chrome kept in memory is read again after
/// a menu change, and query keys a page does not read (tracking ids) are served the page's own cache entry.
/// A page served from the output cache carries an Age header.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RenderCostCachingTests(PortalFactory factory)
{
    private const string Unit = "xa-dak-plo";

    [Fact]
    public async Task ChangingTheMenu_ShouldShowOnTheNextPublicPage_WhenTheChromeWasKeptInMemory()
    {
        using var reader = factory.ClientFor(Unit);
        const string title = "Lịch tiếp công dân của xã";
        Assert.DoesNotContain(title, await reader.GetStringAsync(""));

        using (var scope = factory.TenantScope(Unit))
        {
            var errors = await scope.ServiceProvider.GetRequiredService<MenuEditor>()
                .AddAsync(new MenuItemInput { Title = title, Kind = "url", Url = "/lich-tiep-cong-dan" }, CancellationToken.None);
            Assert.Empty(errors);
        }

        // Another page than the one read before: its render uses the chrome kept from the first one unless it was evicted.
        Assert.Contains(title, await reader.GetStringAsync($"bai-viet/{await AnArticleSlugAsync()}"));
        Assert.Contains(title, await reader.GetStringAsync(""));
    }

    [Fact]
    public async Task TrackingQueryKeys_ShouldBeServedTheCachedPage_WhenThePageDoesNotReadThem()
    {
        using var reader = factory.ClientFor(Unit);
        var page = $"bai-viet/{await AnArticleSlugAsync()}";
        await reader.GetStringAsync(page);
        Assert.True(await FromCacheAsync(reader, page), $"/{page} should be cached");

        Assert.True(await FromCacheAsync(reader, page + "?fbclid=IwAR0abc"), "?fbclid should be served the plain page's entry");
        Assert.True(await FromCacheAsync(reader, page + "?utm_source=zalo&utm_medium=social"), "?utm_* should be served the plain page's entry");
    }

    [Fact]
    public async Task QueryKeysThePageReads_ShouldStillVaryTheCachedPage()
    {
        using var reader = factory.ClientFor(Unit);
        await reader.GetStringAsync("van-ban?tukhoa=ngan+sach");
        Assert.True(await FromCacheAsync(reader, "van-ban?tukhoa=ngan+sach&fbclid=x"), "a document search should be cached");

        Assert.False(await FromCacheAsync(reader, "van-ban?tukhoa=dat+dai"), "another search is another page");
    }

    private async Task<string> AnArticleSlugAsync()
    {
        using var scope = factory.TenantScope(Unit);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        return await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == "Article" && i.Status == ContentStatus.Published && !i.IsDeleted)
            .OrderBy(i => i.Id).Select(i => i.Slug).FirstAsync();
    }

    private static async Task<bool> FromCacheAsync(PortalClient reader, string page)
    {
        using var response = await reader.GetAsync(page);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }
}
